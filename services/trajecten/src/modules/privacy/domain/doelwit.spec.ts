import { doelwitVan } from './doelwit';

const id = '3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c';

describe('doelwitVan: which person a request is about', () => {
  it('names the traject, follow-up or handover of a path, with anything after the id', () => {
    expect(doelwitVan(`/api/v1/trajecten/${id}`)).toEqual({ soort: 'trajecten', id });
    expect(doelwitVan(`/api/v1/trajecten/${id}/notities?historie=true`)).toEqual({ soort: 'trajecten', id });
    expect(doelwitVan(`/api/v1/opvolgingen/${id}/uitkomst`)).toEqual({ soort: 'opvolgingen', id });
    expect(doelwitVan(`/api/v1/overdrachten/${id}/acceptatie`)).toEqual({ soort: 'overdrachten', id });
  });

  it("names the inwoner of the worklist's filter", () => {
    expect(doelwitVan(`/api/v1/trajecten?stap=matchen&inwonerId=${id}`)).toEqual({ soort: 'inwoner', id });
  });

  it('names nothing for lists, other routes and what is no id', () => {
    for (const url of [
      '/api/v1/trajecten',
      '/api/v1/caseload',
      `/api/v1/monitor?inwonerId=${id}`,
      '/api/v1/trajecten/niet-een-id',
      `/api/v1/trajecten/${id}x`,
      '/api/v1/trajecten?inwonerId=x',
      `/api/v2/trajecten/${id}`,
    ])
      expect(doelwitVan(url)).toBeUndefined();
  });
});
