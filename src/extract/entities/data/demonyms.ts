/**
 * Nationality and group adjectives ("Israeli", "Palestinian", "Russian", "Gazan", "Islamist"): not
 * entities on their own ("Israeli tanks"), but kept inside a name that ends in an organization or
 * place word ("Israeli Defense Forces", "Palestinian Islamic Jihad"). Plurals are listed too.
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'Israeli', 'Israelis', 'Palestinian', 'Palestinians', 'Gazan', 'Gazans', 'Russian', 'Russians',
  'Ukrainian', 'Ukrainians', 'Sudanese', 'American', 'Americans', 'British', 'Briton', 'Britons',
  'English', 'French', 'German', 'Germans', 'Italian', 'Italians', 'Spanish', 'Polish', 'Dutch',
  'European', 'Europeans', 'Iranian', 'Iranians', 'Iraqi', 'Iraqis', 'Syrian', 'Syrians', 'Lebanese',
  'Egyptian', 'Egyptians', 'Jordanian', 'Jordanians', 'Qatari', 'Qataris', 'Saudi', 'Saudis', 'Emirati',
  'Emiratis', 'Yemeni', 'Yemenis', 'Turkish', 'Turk', 'Turks', 'Kurdish', 'Kurd', 'Kurds', 'Arab',
  'Arabs', 'Arabic', 'Hebrew', 'Jewish', 'Jew', 'Jews', 'Muslim', 'Muslims', 'Christian', 'Christians',
  'Druze', 'Bedouin', 'Shia', 'Shiite', 'Shiites', "Shi'ite", 'Sunni', 'Sunnis', 'Islamic', 'Islamist',
  'Islamists', 'Jihadist', 'Jihadists', 'Zionist', 'Western', 'Eastern', 'Northern', 'Southern',
  'Chinese', 'Japanese', 'Korean', 'Indian', 'Indians', 'Pakistani', 'Pakistanis', 'Afghan', 'Afghans',
  'African', 'Africans', 'Asian', 'Ethiopian', 'Ethiopians', 'Eritrean', 'Eritreans', 'Somali',
  'Somalis', 'Libyan', 'Libyans', 'Tunisian', 'Moroccan', 'Algerian', 'Malian', 'Nigerian', 'Congolese',
  'Chadian', 'Chadians', 'Kenyan', 'Ugandan', 'Rwandan', 'Tigrayan', 'Tigrayans', 'Darfuri', 'Darfuris',
  'Armenian', 'Armenians', 'Azerbaijani', 'Azerbaijanis', 'Georgian', 'Belarusian', 'Belarusians',
  'Chechen', 'Chechens', 'Moldovan', 'Romanian', 'Hungarian', 'Czech', 'Slovak', 'Finnish', 'Swedish',
  'Norwegian', 'Danish', 'Greek', 'Cypriot', 'Canadian', 'Canadians', 'Australian', 'Brazilian',
  'Mexican', 'Venezuelan', 'Cuban', 'Colombian', 'Soviet', 'Ottoman', 'Crimean', 'Serb', 'Serbs', 'Serbian',
  'Kosovar', 'Kosovars', 'Albanian', 'Albanians', 'Bosnian', 'Croatian', 'Burkinabe', 'Malians', 'Nigerians',
  'Orthodox', 'Catholic', 'Protestant', 'Yazidi', 'Alawite', 'Rohingya', 'Kachin', 'Karen',
]);
