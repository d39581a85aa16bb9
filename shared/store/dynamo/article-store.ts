import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ArticleMeta, ArticleStore } from '../ports.js';
import { keys } from '../keys.js';
import { ENTITY, ENTITY_ATTR, GSI } from '../table-design.js';

export function createDynamoArticleStore(doc: DynamoDBDocumentClient, table: string): ArticleStore {
  return {
    async putArticle(article) {
      await doc.send(new PutCommand({
        TableName: table,
        Item: {
          ...keys.article(article.id),
          [ENTITY_ATTR]: ENTITY.article,
          [GSI.byKind.pk]: 'ARTICLES',
          [GSI.byKind.sk]: `${article.published ?? article.fetchedAt}#${article.id}`,
          article,
        },
      }));
    },
    async getArticle(articleId) {
      const out = await doc.send(new GetCommand({ TableName: table, Key: keys.article(articleId) }));
      return (out.Item?.article as ArticleMeta | undefined) ?? null;
    },
  };
}
