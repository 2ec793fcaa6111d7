import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { openApiDocumentOf } from './openapi-preview';
import { Operation } from './operation.decorator';

class Antwoord extends createZodDto(z.object({ id: z.uuid(), tot: z.string().nullable() })) {}

@Controller('dingen')
class DingenController {
  @Post(':id/wijziging')
  @Operation({
    id: 'wijzigDing',
    summary: 'Change a thing',
    status: 200,
    response: Antwoord,
    errors: { 404: 'No such thing.', 412: 'If-Match names an older version.' },
  })
  wijzig() {
    return { id: '00000000-0000-4000-8000-000000000000', tot: null };
  }

  @Get()
  lijst() {
    return [];
  }

  @Post('import')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'object' } })
  importeer(@Body() body: Buffer) {
    return body.length;
  }
}

@Module({ controllers: [DingenController] })
class DingenModule {}

describe('the document of an operation', () => {
  let paths: Record<string, Record<string, any>>;
  let schemas: Record<string, any>;

  beforeAll(async () => {
    const document = await openApiDocumentOf(
      { module: DingenModule },
      { title: 't', description: 'd', version: '1.0.0' },
    );
    paths = document.paths as typeof paths;
    schemas = document.components!.schemas!;
  });

  it('names it, gives its response schema under the class name and lists its statuses as problems', () => {
    const op = paths['/dingen/{id}/wijziging'].post;
    expect(op.operationId).toBe('wijzigDing');
    expect(op.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Antwoord' });
    expect(schemas.Antwoord.properties.tot).toEqual({ type: 'string', nullable: true });
    for (const status of ['400', '404', '412', '503'])
      expect(op.responses[status].content).toEqual({
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      });
  });

  it('documents If-Match and the ETag with a 412', () => {
    const op = paths['/dingen/{id}/wijziging'].post;
    expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header' }));
    expect(op.responses['200'].headers.ETag).toEqual({ $ref: '#/components/headers/ETag' });
    expect(op['x-wiz-etag']).toBeUndefined();
  });

  it('names an undecorated operation by method and subject, and documents an upload as a binary body', () => {
    expect(paths['/dingen'].get.operationId).toBe('lijstDingen');
    const upload = paths['/dingen/import'].post;
    expect(upload.operationId).toBe('importeerDingen');
    expect(upload.requestBody.content['text/csv'].schema).toEqual({ type: 'string', format: 'binary' });
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['413', '415']));
  });
});
