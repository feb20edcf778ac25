/**
 * The GraphQL schema: every type module registers itself on the builder; this file
 * imports them in order and builds the schema once.
 */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './error-codes';
import './enums';
import './institutions';
import './catalogues';
import './settlement';
import './maternity';
import './policy';
import './persons';
import './claims';
import './benefits';
import './estimates';
import './negotiatedDrugs';
import './accounts';
import './keys';
import './viewer';
import './directory';

export const schema = lexicographicSortSchema(builder.toSchema());
