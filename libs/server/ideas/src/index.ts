export { IdeasModule } from './ideas.module';
/** For modules an idea becomes (activities): `origin()` gives "née d'une idée de …". */
export { IdeasService } from './ideas.service';
