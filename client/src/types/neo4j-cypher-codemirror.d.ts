// The package ships its types under src/, which its "exports" map hides from TypeScript's resolver.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
