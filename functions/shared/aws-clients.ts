import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The document client the DynamoDB adapters expect. Endpoint and region come from the standard
 * AWS env (AWS_REGION in Lambda; AWS_ENDPOINT_URL_DYNAMODB lets a test point it at dynalite).
 * Undefined values are dropped because optional fact fields may be absent.
 */
export function createDocumentClient(): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
}
