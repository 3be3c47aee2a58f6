// One wording for the ~50 connection and edge types Pothos generates (`QueryStatementsConnection`,
// `ArticleStatementsConnectionEdge`…), written once here rather than at each of their fields, so
// that the docs explorer says the same thing of every list. Only descriptions nobody wrote are set.
import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

function nodeTypeOf(connection: GraphQLObjectType): string | undefined {
  const edges = connection.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  if (!edge || !isObjectType(edge)) return undefined;
  return getNamedType(edge.getFields().node?.type)?.name;
}

export function describeConnections(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getFields().pageInfo) continue;
    const node = nodeTypeOf(type);
    if (!node) continue;
    const fields = type.getFields();
    type.description ??=
      `A page of ${node} items. Ask for the next one with \`after: pageInfo.endCursor\` while \`pageInfo.hasNextPage\`; ` +
      'a page holds at most 100 items.';
    fields.edges!.description ??= `The ${node} items of this page, each with its cursor.`;
    fields.pageInfo!.description ??= 'Where this page is in the whole list: cursors to go on from, and whether there is more.';
    if (fields.totalCount) fields.totalCount.description ??= `How many ${node} items the whole list holds, across every page.`;
    const edge = getNamedType(fields.edges!.type) as GraphQLObjectType;
    edge.description ??= `One ${node} of a page, with the cursor that marks its place in the list.`;
    const edgeFields = edge.getFields();
    edgeFields.cursor!.description ??= 'Opaque: pass it as `after` (or `before`) to get the items after (or before) this one.';
    edgeFields.node!.description ??= `The ${node}.`;
  }
  return schema;
}
