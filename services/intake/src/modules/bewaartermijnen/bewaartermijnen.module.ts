import { Module } from '@nestjs/common';
import { BewaartermijnenModule } from '@wiz/platform';
import { PrivacyModule } from '../privacy/privacy.module';
import { TrajectAfsluitingen } from './database/traject-afsluitingen.repository';
import { TrajectAfsluitingenProjectie } from './events/traject-afsluitingen.handlers';
import { IntakeBewaartermijnTaak } from './intake-bewaartermijn.taak';
import { loadIntakeBewaartermijnen } from './intake-bewaartermijnen';

/** What retention needs from the rest of intake: the closings it counts from and the wisser. */
@Module({
  imports: [PrivacyModule],
  providers: [TrajectAfsluitingen, TrajectAfsluitingenProjectie],
  exports: [TrajectAfsluitingen, PrivacyModule],
})
export class TrajectAfsluitingenModule {}

/** Intake's retention (issue 19, part 2): the daily run on the platform's runner and beheer's on-demand run. */
export const intakeBewaartermijnenModule = (env: NodeJS.ProcessEnv = process.env) =>
  BewaartermijnenModule.register({
    instellingen: loadIntakeBewaartermijnen(env),
    taak: IntakeBewaartermijnTaak,
    imports: [TrajectAfsluitingenModule],
  });
