export default async function stopPostgres() {
  await globalThis.__LEDGER_POSTGRES__?.stop();
}
