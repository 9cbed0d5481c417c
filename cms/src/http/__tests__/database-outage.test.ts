import { isConnectionError } from '../database-outage';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it.each([
    ['the server refusing connections', withCode('ECONNREFUSED')],
    ['a connection reset', withCode('ECONNRESET')],
    ['a name that does not resolve', withCode('ENOTFOUND')],
    ['PostgreSQL: connection failure (class 08)', withCode('08006')],
    ['PostgreSQL: shutting down', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL: starting up', withCode('57P03', 'the database system is starting up')],
    ['PostgreSQL: no connection slot', withCode('53300')],
    ['PostgreSQL: the database refuses connections', withCode('55000')],
    [
      'the pool giving up',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }),
    ],
    ['the driver losing its connection', new Error('Connection terminated unexpectedly')],
    ['any of these as the cause', new Error('query failed', { cause: withCode('ECONNREFUSED') })],
  ])('is true for %s', (_name, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['a validation error', new Error('This attribute must be unique')],
    ['a constraint violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['no error at all', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_name, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
