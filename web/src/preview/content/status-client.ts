/**
 * The loader's GraphQL client, asking for one publication status. The loader's queries carry no
 * status (the content API's default is published); for a preview, every root field of a query gets
 * `status: $previewStatus`, so the loader's own documents and specs read the draft, or the
 * published version, of exactly the fields the site build reads. Only the preview token may ask
 * for drafts: the CMS refuses the build token and everyone else (cms/src/policies/drafts).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { CmsClient } from '../../loaders/strapi/client';

export type PublicationStatus = 'DRAFT' | 'PUBLISHED';

const VARIABLE = 'previewStatus';

const withStatusArgument = (document: DocumentNode): DocumentNode =>
  visit(document, {
    OperationDefinition: (operation) => ({
      ...operation,
      variableDefinitions: [
        ...(operation.variableDefinitions ?? []),
        {
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: VARIABLE } },
          type: {
            kind: Kind.NON_NULL_TYPE,
            type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'PublicationStatus' } },
          },
        },
      ],
      selectionSet: {
        ...operation.selectionSet,
        selections: operation.selectionSet.selections.map((selection) =>
          selection.kind === Kind.FIELD
            ? {
                ...selection,
                arguments: [
                  ...(selection.arguments ?? []).filter((argument) => argument.name.value !== 'status'),
                  {
                    kind: Kind.ARGUMENT,
                    name: { kind: Kind.NAME, value: 'status' },
                    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: VARIABLE } },
                  },
                ],
              }
            : selection,
        ),
      },
    }),
  });

const rewritten = new WeakMap<DocumentNode, DocumentNode>();

export const withStatus = (client: CmsClient, status: PublicationStatus): CmsClient => ({
  url: client.url,
  request: (document, variables) => {
    const source = document as DocumentNode;
    let withArgument = rewritten.get(source);
    if (!withArgument) {
      withArgument = withStatusArgument(source);
      rewritten.set(source, withArgument);
    }
    return client.request(
      withArgument as TypedDocumentNode<never, never>,
      {
        ...variables,
        [VARIABLE]: status,
      } as never,
    );
  },
});
