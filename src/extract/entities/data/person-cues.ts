/**
 * Capitalised titles, honorifics and roles written before a name ("Gen. Herzi Halevi",
 * "President Volodymyr Zelensky", "Dr Marwan Sultan"): peeled off the name, and they make it a person.
 * Written without a final full stop; the tokenizer drops it ("Gen." → "Gen").
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Sheikh', 'Shaikh',
  'Imam', 'Rabbi', 'Father', 'Pope', 'Bishop', 'Patriarch', 'Ayatollah', 'Mullah', 'Emir', 'King', 'Queen',
  'Prince', 'Princess', 'Crown', 'Sultan', 'President', 'Premier', 'Minister', 'Chancellor', 'Secretary',
  'Secretary-General', 'Ambassador', 'Envoy', 'Governor', 'Mayor', 'Senator', 'Sen', 'Rep', 'Speaker',
  'Commissioner', 'Judge', 'Justice', 'General', 'Gen', 'Lt', 'Lieutenant', 'Col', 'Colonel', 'Maj',
  'Major', 'Capt', 'Captain', 'Sgt', 'Sergeant', 'Cpl', 'Corporal', 'Pvt', 'Private', 'Adm', 'Admiral',
  'Brig', 'Brigadier', 'Commander', 'Cmdr', 'Marshal', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Director', 'Director-General', 'Prosecutor', 'Prosecutor-General', 'Attorney', 'Ombudsman', 'Chief', 'Chairman', 'Chairwoman', 'Leader', 'Haji', 'Hajji', 'Coordinator', 'Representative', 'Rapporteur',
  'Administrator', 'Head',
]);

/**
 * Capitalised words that qualify a title and belong with it ("Prime Minister", "Foreign Minister",
 * "Deputy Health Minister", "Lt. Col."). Peeled only together with a title that follows them.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'Prime', 'Foreign', 'Defence', 'Defense', 'Health', 'Interior', 'Finance', 'Justice', 'Energy',
  'Economy', 'Education', 'Deputy', 'Vice', 'Acting', 'Former', 'Senior', 'Supreme', 'Chief', 'Army',
  'Military', 'Security', 'National', 'State', 'Assistant', 'Associate', 'Executive', 'Regional',
  'Humanitarian', 'Special', 'UN', 'U.N.', 'General', 'First', 'Grand', 'Field', 'Class',
  'Emergency', 'Relief', 'Resident', 'High', 'Under-Secretary', 'Director',
]);

/**
 * Lower-case role words written just before a name ("spokesman Daniel Hagari", "commander Saleh
 * al-Arouri", "resident Umm Khaled"): the name after them is a person.
 */
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'leader', 'official', 'minister', 'president',
  'chief', 'head', 'general', 'colonel', 'resident', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'wife', 'husband', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'doctor', 'nurse',
  'surgeon', 'paramedic', 'medic', 'journalist', 'reporter', 'correspondent', 'photographer', 'analyst',
  'professor', 'director', 'coordinator', 'envoy', 'ambassador', 'secretary', 'negotiator', 'mayor',
  'governor', 'farmer', 'teacher', 'student', 'survivor', 'witness', 'activist', 'researcher', 'lawyer',
  'priest', 'imam', 'rabbi', 'sheikh', 'soldier', 'fighter', 'militant', 'lawmaker', 'legislator',
  'diplomat', 'economist', 'historian', 'worker', 'volunteer', 'driver', 'shopkeeper', 'vendor',
  'engineer', 'pharmacist', 'physician', 'chairman', 'counterpart', 'deputy', 'aide', 'adviser', 'advisor',
]);

/**
 * Reporting verbs written right after a name ("Maarouf said", "Abu Hamza added"): a name of two words
 * or more that no list types is then a person; a single unknown word is one too.
 */
export const SPEECH_VERBS_AFTER_NAME: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'stated', 'claimed', 'claims',
  'denied', 'denies', 'announced', 'announces', 'explained', 'explains', 'recalled', 'recalls', 'wrote',
  'writes', 'asked', 'asks', 'insisted', 'insists', 'argued', 'argues', 'noted', 'notes', 'urged', 'urges',
  'emphasized', 'emphasised', 'stressed', 'stresses', 'replied', 'continued', 'cried', 'shouted',
  'whispered',
]);
