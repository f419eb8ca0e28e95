/** The round table's keyboard shortcuts, as its help lists them (the script is assets/round-table.js). */
const fi = {
  title: 'Pikanäppäimet',
  intro: 'Taulukossa voit liikkua ja tallentaa näppäimistöllä. Sarkain siirtää kentästä toiseen kuten aina.',
  keys: [
    { keys: ['Alt', '↓'], does: 'sama kenttä seuraavalla rivillä' },
    { keys: ['Alt', '↑'], does: 'sama kenttä edellisellä rivillä' },
    { keys: ['Alt', '→'], does: 'seuraava kenttä samalla rivillä' },
    { keys: ['Alt', '←'], does: 'edellinen kenttä samalla rivillä' },
    { keys: ['Ctrl', 'Enter'], does: 'tallenna taulukko (myös Ctrl + S; Macissa ⌘ Ctrl:n sijaan)' },
  ],
};

export type StaffRoundShortcutMessages = typeof fi;

const sv: StaffRoundShortcutMessages = {
  title: 'Kortkommandon',
  intro: 'I tabellen kan du förflytta dig och spara med tangentbordet. Tabb flyttar från fält till fält som vanligt.',
  keys: [
    { keys: ['Alt', '↓'], does: 'samma fält på nästa rad' },
    { keys: ['Alt', '↑'], does: 'samma fält på föregående rad' },
    { keys: ['Alt', '→'], does: 'nästa fält på samma rad' },
    { keys: ['Alt', '←'], does: 'föregående fält på samma rad' },
    { keys: ['Ctrl', 'Enter'], does: 'spara tabellen (också Ctrl + S; på Mac ⌘ i stället för Ctrl)' },
  ],
};

const en: StaffRoundShortcutMessages = {
  title: 'Keyboard shortcuts',
  intro: 'In the table you can move and save with the keyboard. Tab moves from field to field as always.',
  keys: [
    { keys: ['Alt', '↓'], does: 'the same field in the next row' },
    { keys: ['Alt', '↑'], does: 'the same field in the previous row' },
    { keys: ['Alt', '→'], does: 'the next field in the row' },
    { keys: ['Alt', '←'], does: 'the previous field in the row' },
    { keys: ['Ctrl', 'Enter'], does: 'save the table (also Ctrl + S; on a Mac ⌘ instead of Ctrl)' },
  ],
};

export const staffRoundShortcuts = { fi, sv, en };
