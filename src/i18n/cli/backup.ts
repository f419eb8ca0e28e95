/** Texts of `tiekartta backup` and `tiekartta restore`. Finnish defines the type; Swedish and English must match it. */
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const fi = {
  written: (file: string, where: string, bytes: number) => `Varmuuskopio (${where}) kirjoitettu: ${file} (${mb(bytes)} Mt)`,
  fileExists: (file: string) => `Tiedosto ${file} on jo olemassa. Valitse toinen nimi tai korvaa se: --force`,
  cannotWrite: (file: string, reason: string) => `Tiedostoon ${file} ei voi kirjoittaa (${reason}).`,
  restored: (file: string, where: string) => `Palautettu: ${file} → ${where}`,
  keptAt: (path: string) => `Aiempi sisältö säilytettiin: ${path}`,
  notEmpty: (where: string) =>
    `${where} sisältää jo tietokannan, joten mitään ei palautettu. Korvaa se lisäämällä --force (nykyinen sisältö säilytetään ensin erikseen).`,
  notABackup: (file: string) => `${file} ei ole Tiekartan varmuuskopio (ei upotetun tietokannan arkisto eikä pg_dump-tiedosto).`,
  notLoadable: (file: string, reason: string) => `Varmuuskopiota ${file} ei voitu ladata: ${reason}`,
  pgliteBackupToServer: (file: string) =>
    `${file} on upotetun tietokannan (PGlite) varmuuskopio: palauta se datakansioon (ilman DATABASE_URL-muuttujaa).`,
  serverBackupToPglite: (file: string) => `${file} on PostgreSQL-palvelimen pg_dump-varmuuskopio: palauta se DATABASE_URL asetettuna.`,
  folderInUse: (pid: number, purpose: string) =>
    `Datakansio on prosessin ${pid} käytössä (${purpose}). Pysäytä se ennen palauttamista; mitään ei palautettu.`,
  serverInUse: (sessions: number) =>
    `Tietokantaa käyttää ${sessions} muuta yhteyttä. Pysäytä sovellusprosessit ennen palauttamista; mitään ei palautettu.`,
  toolMissing: (tool: string) =>
    `${tool}-ohjelmaa ei löydy. Asenna PostgreSQL-asiakasohjelmat, vähintään palvelimen versio (Debian: apt install postgresql-client).`,
  toolFailed: (tool: string, detail: string) => `${tool} epäonnistui:\n${detail}`,
};

export type BackupMessages = typeof fi;

const sv: BackupMessages = {
  written: (file, where, bytes) => `Säkerhetskopian (${where}) skrevs: ${file} (${mb(bytes)} MB)`,
  fileExists: (file) => `Filen ${file} finns redan. Välj ett annat namn eller ersätt den: --force`,
  cannotWrite: (file, reason) => `Det går inte att skriva filen ${file} (${reason}).`,
  restored: (file, where) => `Återställd: ${file} → ${where}`,
  keptAt: (path) => `Det tidigare innehållet sparades: ${path}`,
  notEmpty: (where) =>
    `${where} innehåller redan en databas, så inget återställdes. Ersätt den med --force (det nuvarande innehållet sparas först separat).`,
  notABackup: (file) => `${file} är ingen säkerhetskopia av Tiekartta (varken en inbäddad databas arkiv eller en pg_dump-fil).`,
  notLoadable: (file, reason) => `Säkerhetskopian ${file} kunde inte läsas in: ${reason}`,
  pgliteBackupToServer: (file) => `${file} är en säkerhetskopia av en inbäddad databas (PGlite): återställ den i en datamapp (utan DATABASE_URL).`,
  serverBackupToPglite: (file) => `${file} är en pg_dump-säkerhetskopia av en PostgreSQL-server: återställ den med DATABASE_URL satt.`,
  folderInUse: (pid, purpose) => `Datamappen används av process ${pid} (${purpose}). Stoppa den före återställningen; inget återställdes.`,
  serverInUse: (sessions) => `Databasen används av ${sessions} andra anslutningar. Stoppa applikationsprocesserna före återställningen; inget återställdes.`,
  toolMissing: (tool) =>
    `${tool} hittades inte. Installera PostgreSQL-klientprogrammen, minst serverns version (Debian: apt install postgresql-client).`,
  toolFailed: (tool, detail) => `${tool} misslyckades:\n${detail}`,
};

const en: BackupMessages = {
  written: (file, where, bytes) => `Backup of ${where} written: ${file} (${mb(bytes)} MB)`,
  fileExists: (file) => `The file ${file} exists already. Choose another name, or replace it: --force`,
  cannotWrite: (file, reason) => `Cannot write the file ${file} (${reason}).`,
  restored: (file, where) => `Restored: ${file} → ${where}`,
  keptAt: (path) => `What was there before is kept in: ${path}`,
  notEmpty: (where) => `${where} holds a database already, so nothing was restored. To replace it, add --force (what is there now is kept aside first).`,
  notABackup: (file) => `${file} is not a Tiekartta backup (neither an embedded database's archive nor a pg_dump file).`,
  notLoadable: (file, reason) => `The backup ${file} could not be loaded: ${reason}`,
  pgliteBackupToServer: (file) => `${file} is a backup of an embedded database (PGlite): restore it into a data folder (without DATABASE_URL).`,
  serverBackupToPglite: (file) => `${file} is a pg_dump backup of a PostgreSQL server: restore it with DATABASE_URL set.`,
  folderInUse: (pid, purpose) => `The data folder is in use by process ${pid} (${purpose}). Stop it before restoring; nothing was restored.`,
  serverInUse: (sessions) => `${sessions} other connections use the database. Stop the app processes before restoring; nothing was restored.`,
  toolMissing: (tool) =>
    `${tool} was not found. Install the PostgreSQL client tools, at least the server's version (Debian: apt install postgresql-client).`,
  toolFailed: (tool, detail) => `${tool} failed:\n${detail}`,
};

export const backupMessages = { fi, sv, en };
