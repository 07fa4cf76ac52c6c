// @neo4j/graphql 7 over the same Neo4j as the project: node server.mjs BOLT_URI PORT (the benchmark's peer;
// from ../shared/peer, with the credentials the embedded database now requires)
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import fs from 'node:fs';
import { createServer } from 'node:http';
const [uri, port] = process.argv.slice(2);
// the embedded database requires a password (NEO4J_USERNAME / NEO4J_PASSWORD, as the benchmark starts it)
const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD) : neo4j.auth.none();
const driver = neo4j.driver(uri, auth);
const typeDefs = fs.readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
createServer(createYoga({ schema, logging: false })).listen(Number(port), '127.0.0.1',
  () => console.log(`peer ready on http://127.0.0.1:${port}/graphql`));
