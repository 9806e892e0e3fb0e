/**
 * A modest gazetteer: countries, major cities and regions, and the places that recur in reports
 * from the conflicts this tool reads (Gaza, Israel and the West Bank, Ukraine and Russia, Sudan,
 * Lebanon, Syria, Yemen). Spelling variants are listed as written by outlets ("Kyiv", "Kiev").
 * Both sides of each front are listed alike.
 */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic',
  'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Democratic Republic of the Congo', 'DRC',
  'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti',
  'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany',
  'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast',
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos',
  'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg',
  'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania', 'Mauritius', 'Mexico',
  'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma', 'Namibia',
  'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea',
  'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea',
  'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia',
  'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'Somaliland', 'South Africa',
  'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland',
  'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates',
  'UAE', 'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales',
  'United States', 'US', 'U.S.', 'USA', 'America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican',
  'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
];

/** Cities, regions and recurring places of the conflicts covered. */
export const CITIES_AND_REGIONS: readonly string[] = [
  // Gaza, Israel, the West Bank
  'Gaza', 'Gaza City', 'Gaza Strip', 'Rafah', 'Khan Younis', 'Khan Yunis', 'Deir al-Balah', 'Deir el-Balah',
  'Jabalia', 'Jabaliya', 'Nuseirat', 'Bureij', 'Maghazi', 'Beit Lahia', 'Beit Hanoun', 'Shejaiya',
  'Zeitoun', 'Mawasi', 'al-Mawasi', 'West Bank', 'Jerusalem', 'East Jerusalem', 'Ramallah', 'Jenin',
  'Nablus', 'Hebron', 'Tulkarm', 'Bethlehem', 'Jericho', 'Qalqilya', 'Tel Aviv', 'Haifa', 'Sderot',
  'Ashkelon', 'Ashdod', 'Beersheba', 'Eilat', 'Netivot', 'Negev', 'Galilee', 'Golan', 'Golan Heights',
  'Sinai', 'Kerem Shalom', 'Erez',
  // Lebanon, Syria, Iraq, Iran, Yemen, the Gulf
  'Beirut', 'Tyre', 'Sidon', 'Nabatieh', 'Baalbek', 'Damascus', 'Aleppo', 'Idlib', 'Homs', 'Hama',
  'Raqqa', 'Deir ez-Zor', 'Baghdad', 'Mosul', 'Erbil', 'Basra', 'Tehran', 'Isfahan', 'Sanaa', "Sana'a",
  'Aden', 'Hodeidah', 'Marib', 'Taiz', 'Red Sea', 'Doha', 'Riyadh', 'Abu Dhabi', 'Dubai', 'Muscat',
  'Manama', 'Kuwait City', 'Amman', 'Cairo', 'Alexandria', 'Ankara', 'Istanbul',
  // Ukraine and Russia
  'Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Kherson',
  'Mykolaiv', 'Mariupol', 'Bakhmut', 'Avdiivka', 'Donetsk', 'Luhansk', 'Donbas', 'Donbass', 'Crimea',
  'Sevastopol', 'Sumy', 'Chernihiv', 'Poltava', 'Vinnytsia', 'Pokrovsk', 'Kupiansk', 'Izium', 'Bucha',
  'Irpin', 'Moscow', 'St Petersburg', 'St. Petersburg', 'Belgorod', 'Kursk', 'Bryansk', 'Rostov',
  'Rostov-on-Don', 'Krasnodar', 'Voronezh', 'Minsk',
  // Sudan and the Horn of Africa
  'Khartoum', 'Omdurman', 'Bahri', 'Port Sudan', 'El Fasher', 'El-Fasher', 'al-Fashir', 'Darfur',
  'North Darfur', 'West Darfur', 'South Darfur', 'Geneina', 'El Geneina', 'Nyala', 'Kordofan',
  'El Obeid', 'Wad Madani', 'Gezira', 'Tigray', 'Amhara', 'Addis Ababa', 'Mogadishu', 'Juba', 'Asmara',
  'Nairobi', 'Kampala', 'Kinshasa', 'Goma', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers', 'Bamako',
  // elsewhere
  'Washington', 'New York', 'London', 'Paris', 'Berlin', 'Brussels', 'Geneva', 'Hague', 'Vienna',
  'Rome', 'Madrid', 'Warsaw', 'Beijing', 'Tokyo', 'New Delhi', 'Delhi', 'Islamabad', 'Kabul', 'Karachi',
  'Middle East', 'Europe', 'Africa', 'Asia', 'Latin America', 'Gulf', 'Mediterranean', 'Black Sea',
  'Caucasus', 'Balkans', 'Sahel', 'Horn of Africa', 'Levant',
];
