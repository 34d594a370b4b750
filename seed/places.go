package seed

// Where demo people live and what they are called: per UN regional group, a
// table of places (country, time zone, languages, name pool) and, per
// naming culture, a small pool of given and family names. A family name
// written "Ivanov/Ivanova" has a masculine and a feminine form.

// namePool is one naming culture. lang is its own language (a canonical
// BCP 47 tag), added to the languages of international staff drawn from it.
type namePool struct {
	lang                 string
	female, male, family []string
}

// place is where a person lives. weight is relative within its region.
type place struct {
	country string // ISO 3166-1 alpha-2
	zone    string // IANA
	langs   []string
	pool    *namePool // nil: international staff, any pool
	weight  int
}

var (
	eastAfrican = &namePool{"sw",
		[]string{"Wanjiru", "Achieng", "Neema", "Zawadi", "Uwase", "Akinyi"},
		[]string{"Otieno", "Kamau", "Baraka", "Mugisha", "Amani", "Kiprono"},
		[]string{"Mwangi", "Odhiambo", "Njoroge", "Wekesa", "Mutua", "Habimana", "Nyambura", "Okello"}}
	westAfricanEn = &namePool{"en",
		[]string{"Ngozi", "Ama", "Adaeze", "Yetunde", "Abena", "Funmilayo"},
		[]string{"Chinedu", "Kwame", "Oluwaseun", "Kofi", "Emeka", "Yaw"},
		[]string{"Okafor", "Adeyemi", "Mensah", "Boateng", "Eze", "Owusu", "Balogun", "Nwosu"}}
	westAfricanFr = &namePool{"fr",
		[]string{"Aminata", "Fatou", "Awa", "Aïssatou", "Mariame", "Clarisse"},
		[]string{"Moussa", "Ousmane", "Mamadou", "Ibrahima", "Serge", "Jean-Claude"},
		[]string{"Diallo", "Ndiaye", "Traoré", "Koné", "Diop", "Ouattara", "Mbaye", "Kouassi", "Mbala"}}
	arabic = &namePool{"ar",
		[]string{"Fatima", "Layla", "Nour", "Salma", "Rania", "Mariam", "Yasmin"},
		[]string{"Ahmed", "Youssef", "Omar", "Khaled", "Karim", "Hassan", "Tarek"},
		[]string{"Haddad", "El Amrani", "Benali", "Al-Rashid", "Nasser", "Khoury", "Mansour", "Saleh", "Farouk"}}
	ethiopian = &namePool{"am",
		[]string{"Selam", "Hana", "Meron", "Tigist"},
		[]string{"Dawit", "Yonas", "Tesfaye", "Abebe"},
		[]string{"Bekele", "Tadesse", "Haile", "Girma", "Alemu", "Wolde"}}
	southAfrican = &namePool{"en",
		[]string{"Thandiwe", "Lerato", "Nomvula", "Busisiwe", "Annelie"},
		[]string{"Sipho", "Pieter", "Johan", "Themba", "Kagiso"},
		[]string{"Nkosi", "Dlamini", "van der Merwe", "Mokoena", "Botha", "Naidoo", "Khumalo"}}
	hispanic = &namePool{"es",
		[]string{"María", "Lucía", "Valentina", "Camila", "Sofía", "Ana", "Gabriela"},
		[]string{"José", "Carlos", "Diego", "Javier", "Mateo", "Andrés", "Alejandro"},
		[]string{"García", "Rodríguez", "Martínez", "López", "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Vargas"}}
	lusophone = &namePool{"pt",
		[]string{"Ana", "Beatriz", "Mariana", "Juliana", "Larissa", "Inês"},
		[]string{"João", "Pedro", "Lucas", "Rafael", "Thiago", "Gonçalo"},
		[]string{"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira", "Carvalho"}}
	caribbean = &namePool{"en",
		[]string{"Shanice", "Keisha", "Tamara", "Nadia", "Renée"},
		[]string{"Andre", "Marlon", "Damian", "Jerome", "Kareem"},
		[]string{"Campbell", "Ramdial", "Williams", "Persaud", "Brown", "Maharaj", "Clarke", "Thompson"}}
	indian = &namePool{"hi",
		[]string{"Priya", "Ananya", "Kavya", "Deepa", "Meera", "Lakshmi"},
		[]string{"Arjun", "Rahul", "Vikram", "Sanjay", "Rohan", "Anil"},
		[]string{"Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Banerjee", "Singh", "Rao", "Menon"}}
	pakistani = &namePool{"ur",
		[]string{"Ayesha", "Sana", "Hira", "Zainab"},
		[]string{"Imran", "Bilal", "Usman", "Faisal"},
		[]string{"Khan", "Qureshi", "Malik", "Siddiqui", "Chaudhry", "Javed"}}
	bangladeshi = &namePool{"bn",
		[]string{"Farhana", "Nasrin", "Sharmin", "Tahmina"},
		[]string{"Tanvir", "Rafiq", "Arif", "Sabbir"},
		[]string{"Rahman", "Hossain", "Chowdhury", "Islam", "Akter", "Haque"}}
	nepali = &namePool{"ne",
		[]string{"Sita", "Anjali", "Sunita", "Pooja"},
		[]string{"Sagar", "Bikash", "Prakash", "Suman"},
		[]string{"Shrestha", "Thapa", "Gurung", "Adhikari", "Karki", "Rai"}}
	chinese = &namePool{"zh",
		[]string{"Jing", "Yan", "Mei", "Ling", "Xiaoyu", "Hui"},
		[]string{"Wei", "Lei", "Hao", "Jun", "Xiaoming", "Tao"},
		[]string{"Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"}}
	japanese = &namePool{"ja",
		[]string{"Haruka", "Yuki", "Aiko", "Sakura"},
		[]string{"Takeshi", "Kenji", "Hiroshi", "Daisuke"},
		[]string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi"}}
	korean = &namePool{"ko",
		[]string{"Seo-yeon", "Hye-jin", "Soo-ah", "Ji-woo"},
		[]string{"Min-jun", "Ji-ho", "Jae-won", "Dong-hyun"},
		[]string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang"}}
	malay = &namePool{"ms",
		[]string{"Putri", "Siti", "Nurul", "Dewi", "Aisyah"},
		[]string{"Budi", "Agus", "Rizky", "Hafiz", "Irfan"},
		[]string{"Santoso", "Wijaya", "Rahman", "Abdullah", "Hidayat", "Ismail", "Setiawan"}}
	filipino = &namePool{"fil",
		[]string{"Angelica", "Kristine", "Jasmine", "Patricia"},
		[]string{"Paolo", "Miguel", "Carlo", "Rafael"},
		[]string{"Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Villanueva"}}
	vietnamese = &namePool{"vi",
		[]string{"Linh", "Thảo", "Lan", "Hương"},
		[]string{"Minh", "Hùng", "Tuấn", "Đức"},
		[]string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"}}
	thai = &namePool{"th",
		[]string{"Nattaya", "Pimchanok", "Siriporn", "Kanya"},
		[]string{"Somchai", "Anan", "Kittipong", "Niran"},
		[]string{"Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakul", "Boonmee", "Suwannarat"}}
	persian = &namePool{"fa",
		[]string{"Sara", "Maryam", "Neda", "Shirin"},
		[]string{"Reza", "Ali", "Hossein", "Babak"},
		[]string{"Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Tehrani"}}
	pacific = &namePool{"en",
		[]string{"Litia", "Mere", "Salote", "Ana", "Losana"},
		[]string{"Sione", "Tevita", "Josefa", "Viliame", "Jone"},
		[]string{"Tuilagi", "Vakaloloma", "Koroi", "Tamani", "Nabou", "Fifita", "Kalsakau"}}
	kazakh = &namePool{"kk",
		[]string{"Aigerim", "Aliya", "Dana", "Madina"},
		[]string{"Nurlan", "Yerlan", "Timur", "Arman"},
		[]string{"Abenov/Abenova", "Seitkali", "Zhaksybekov/Zhaksybekova", "Omarov/Omarova", "Bekturov/Bekturova"}}
	russian = &namePool{"ru",
		[]string{"Anna", "Elena", "Olga", "Natalia", "Tatiana", "Irina"},
		[]string{"Dmitry", "Sergey", "Alexei", "Ivan", "Mikhail", "Andrei"},
		[]string{"Ivanov/Ivanova", "Smirnov/Smirnova", "Kuznetsov/Kuznetsova", "Popov/Popova", "Sokolov/Sokolova", "Volkov/Volkova", "Orlov/Orlova"}}
	ukrainian = &namePool{"uk",
		[]string{"Olena", "Oksana", "Iryna", "Yulia", "Kateryna"},
		[]string{"Andriy", "Taras", "Oleksandr", "Dmytro", "Bohdan"},
		[]string{"Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchuk", "Lysenko"}}
	polish = &namePool{"pl",
		[]string{"Agnieszka", "Katarzyna", "Magdalena", "Zofia", "Joanna"},
		[]string{"Piotr", "Tomasz", "Krzysztof", "Michał", "Paweł"},
		[]string{"Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Wójcik", "Lewandowski/Lewandowska", "Zieliński/Zielińska"}}
	czech = &namePool{"cs",
		[]string{"Tereza", "Lucie", "Kateřina", "Petra"},
		[]string{"Jan", "Tomáš", "Jakub", "Martin"},
		[]string{"Novák/Nováková", "Svoboda/Svobodová", "Dvořák/Dvořáková", "Černý/Černá", "Procházka/Procházková"}}
	romanian = &namePool{"ro",
		[]string{"Ioana", "Elena", "Andreea", "Alina"},
		[]string{"Andrei", "Mihai", "Alexandru", "Radu"},
		[]string{"Popescu", "Ionescu", "Popa", "Constantin", "Dumitru", "Rusu", "Ciobanu"}}
	serbian = &namePool{"sr",
		[]string{"Jelena", "Milica", "Marija", "Ana"},
		[]string{"Nikola", "Marko", "Stefan", "Luka"},
		[]string{"Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević"}}
	bulgarian = &namePool{"bg",
		[]string{"Desislava", "Ivelina", "Gergana", "Maria"},
		[]string{"Georgi", "Dimitar", "Nikolay", "Stoyan"},
		[]string{"Petrov/Petrova", "Georgiev/Georgieva", "Dimitrov/Dimitrova", "Todorov/Todorova"}}
	georgian = &namePool{"ka",
		[]string{"Nino", "Tamar", "Mariam", "Ana"},
		[]string{"Giorgi", "Levan", "David", "Irakli"},
		[]string{"Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze"}}
	armenian = &namePool{"hy",
		[]string{"Anahit", "Lilit", "Ani", "Mariam"},
		[]string{"Armen", "Aram", "Tigran", "Davit"},
		[]string{"Petrosyan", "Harutyunyan", "Sargsyan", "Grigoryan", "Hakobyan"}}
	azerbaijani = &namePool{"az",
		[]string{"Aysel", "Leyla", "Gunel", "Nigar"},
		[]string{"Elvin", "Rashad", "Farid", "Orkhan"},
		[]string{"Aliyev/Aliyeva", "Mammadov/Mammadova", "Huseynov/Huseynova", "Hasanov/Hasanova"}}
	estonian = &namePool{"et",
		[]string{"Kadri", "Liis", "Triin", "Kertu"},
		[]string{"Mart", "Toomas", "Rasmus", "Priit"},
		[]string{"Tamm", "Saar", "Sepp", "Mägi", "Kask"}}
	hungarian = &namePool{"hu",
		[]string{"Zsófia", "Eszter", "Réka", "Anna"},
		[]string{"Bence", "Gábor", "Zoltán", "Péter"},
		[]string{"Nagy", "Kovács", "Tóth", "Szabó", "Horváth"}}
	english = &namePool{"en",
		[]string{"Emily", "Sarah", "Jessica", "Hannah", "Olivia", "Grace", "Rachel", "Aoife"},
		[]string{"James", "Michael", "David", "Daniel", "Thomas", "Ryan", "Andrew", "Liam"},
		[]string{"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Miller", "Anderson", "Walker", "O'Brien", "Murphy", "Clarke", "Nguyen", "Patel", "Okafor"}}
	german = &namePool{"de",
		[]string{"Anna", "Katharina", "Lena", "Julia", "Sabine"},
		[]string{"Lukas", "Jonas", "Felix", "Stefan", "Matthias"},
		[]string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner"}}
	french = &namePool{"fr",
		[]string{"Camille", "Claire", "Élodie", "Chloé", "Manon"},
		[]string{"Julien", "Antoine", "Nicolas", "Mathieu", "Hugo"},
		[]string{"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Fontaine"}}
	italian = &namePool{"it",
		[]string{"Giulia", "Francesca", "Chiara", "Sara"},
		[]string{"Marco", "Luca", "Alessandro", "Matteo"},
		[]string{"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo"}}
	dutch = &namePool{"nl",
		[]string{"Sanne", "Lotte", "Eva", "Fleur"},
		[]string{"Daan", "Bram", "Sem", "Joris"},
		[]string{"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Peeters"}}
	scandinavian = &namePool{"sv",
		[]string{"Ingrid", "Astrid", "Freja", "Sofie", "Maja"},
		[]string{"Erik", "Lars", "Anders", "Magnus", "Henrik"},
		[]string{"Andersson", "Johansson", "Hansen", "Nielsen", "Larsen", "Lindqvist", "Berg"}}
	finnish = &namePool{"fi",
		[]string{"Aino", "Helmi", "Sanna", "Laura"},
		[]string{"Mikko", "Juha", "Antti", "Ville"},
		[]string{"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine"}}
	turkish = &namePool{"tr",
		[]string{"Elif", "Zeynep", "Ayşe", "Merve"},
		[]string{"Mehmet", "Emre", "Burak", "Can"},
		[]string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"}}
	hebrew = &namePool{"he",
		[]string{"Noa", "Tamar", "Yael", "Maya"},
		[]string{"Yonatan", "Itai", "Omer", "Daniel"},
		[]string{"Cohen", "Levi", "Mizrahi", "Peretz", "Friedman", "Katz"}}
	greek = &namePool{"el",
		[]string{"Eleni", "Maria", "Katerina", "Sofia"},
		[]string{"Giorgos", "Nikos", "Dimitris", "Kostas"},
		[]string{"Papadopoulos/Papadopoulou", "Georgiou", "Nikolaidis/Nikolaidou", "Vlachos/Vlachou", "Oikonomou"}}
)

// allPools are the pools international (IGO) staff are drawn from.
var allPools = []*namePool{
	eastAfrican, westAfricanEn, westAfricanFr, arabic, ethiopian, southAfrican,
	hispanic, lusophone, caribbean, indian, pakistani, bangladeshi, nepali,
	chinese, japanese, korean, malay, filipino, vietnamese, thai, persian,
	pacific, kazakh, russian, ukrainian, polish, czech, romanian, serbian,
	bulgarian, georgian, armenian, azerbaijani, estonian, hungarian, english,
	german, french, italian, dutch, scandinavian, finnish, turkish, hebrew,
	greek,
}

func langs(tags ...string) []string { return tags }

// places are, per region code of accounts.Regions, where its people live.
// UN regional groups are political, not geographic: Kazakhstan and the Gulf
// states sit in Asia-Pacific, Türkiye and Israel in WEOG. "igo" places are
// the duty stations of international organisations.
var places = map[string][]place{
	"african": {
		{"KE", "Africa/Nairobi", langs("en", "sw"), eastAfrican, 4},
		{"UG", "Africa/Kampala", langs("en", "sw"), eastAfrican, 1},
		{"RW", "Africa/Kigali", langs("rw", "en", "fr"), eastAfrican, 1},
		{"NG", "Africa/Lagos", langs("en"), westAfricanEn, 5},
		{"GH", "Africa/Accra", langs("en"), westAfricanEn, 2},
		{"SN", "Africa/Dakar", langs("fr", "wo"), westAfricanFr, 2},
		{"CI", "Africa/Abidjan", langs("fr"), westAfricanFr, 1},
		{"CM", "Africa/Douala", langs("fr", "en"), westAfricanFr, 1},
		{"CD", "Africa/Kinshasa", langs("fr", "ln"), westAfricanFr, 1},
		{"EG", "Africa/Cairo", langs("ar", "en"), arabic, 3},
		{"MA", "Africa/Casablanca", langs("ar", "fr"), arabic, 2},
		{"TN", "Africa/Tunis", langs("ar", "fr"), arabic, 2},
		{"DZ", "Africa/Algiers", langs("ar", "fr"), arabic, 1},
		{"ET", "Africa/Addis_Ababa", langs("am", "en"), ethiopian, 1},
		{"ZA", "Africa/Johannesburg", langs("en", "zu"), southAfrican, 3},
	},
	"asia_pacific": {
		{"IN", "Asia/Kolkata", langs("en", "hi"), indian, 6},
		{"CN", "Asia/Shanghai", langs("zh"), chinese, 5},
		{"SG", "Asia/Singapore", langs("en", "zh", "ms"), chinese, 1},
		{"JP", "Asia/Tokyo", langs("ja"), japanese, 2},
		{"KR", "Asia/Seoul", langs("ko"), korean, 1},
		{"ID", "Asia/Jakarta", langs("id", "en"), malay, 2},
		{"MY", "Asia/Kuala_Lumpur", langs("ms", "en"), malay, 1},
		{"PH", "Asia/Manila", langs("fil", "en"), filipino, 1},
		{"VN", "Asia/Ho_Chi_Minh", langs("vi", "en"), vietnamese, 1},
		{"TH", "Asia/Bangkok", langs("th", "en"), thai, 1},
		{"PK", "Asia/Karachi", langs("ur", "en"), pakistani, 2},
		{"BD", "Asia/Dhaka", langs("bn", "en"), bangladeshi, 2},
		{"NP", "Asia/Kathmandu", langs("ne", "en"), nepali, 1},
		{"SA", "Asia/Riyadh", langs("ar", "en"), arabic, 1},
		{"AE", "Asia/Dubai", langs("ar", "en"), arabic, 1},
		{"LB", "Asia/Beirut", langs("ar", "fr", "en"), arabic, 1},
		{"JO", "Asia/Amman", langs("ar", "en"), arabic, 1},
		{"IR", "Asia/Tehran", langs("fa"), persian, 1},
		{"KZ", "Asia/Almaty", langs("kk", "ru"), kazakh, 1},
		{"FJ", "Pacific/Fiji", langs("en", "fj"), pacific, 1},
		{"VU", "Pacific/Efate", langs("bi", "en", "fr"), pacific, 1},
	},
	"eastern_european": {
		{"RU", "Europe/Moscow", langs("ru"), russian, 5},
		{"BY", "Europe/Minsk", langs("ru", "be"), russian, 1},
		{"UA", "Europe/Kyiv", langs("uk", "ru"), ukrainian, 3},
		{"PL", "Europe/Warsaw", langs("pl", "en"), polish, 3},
		{"CZ", "Europe/Prague", langs("cs", "en"), czech, 1},
		{"RO", "Europe/Bucharest", langs("ro", "en"), romanian, 2},
		{"MD", "Europe/Chisinau", langs("ro", "ru"), romanian, 1},
		{"RS", "Europe/Belgrade", langs("sr", "en"), serbian, 1},
		{"BG", "Europe/Sofia", langs("bg", "en"), bulgarian, 1},
		{"GE", "Asia/Tbilisi", langs("ka", "en", "ru"), georgian, 1},
		{"AM", "Asia/Yerevan", langs("hy", "ru"), armenian, 1},
		{"AZ", "Asia/Baku", langs("az", "ru"), azerbaijani, 1},
		{"EE", "Europe/Tallinn", langs("et", "en"), estonian, 1},
		{"HU", "Europe/Budapest", langs("hu", "en"), hungarian, 1},
	},
	"grulac": {
		{"BR", "America/Sao_Paulo", langs("pt"), lusophone, 5},
		{"MX", "America/Mexico_City", langs("es"), hispanic, 4},
		{"AR", "America/Argentina/Buenos_Aires", langs("es"), hispanic, 3},
		{"CO", "America/Bogota", langs("es"), hispanic, 2},
		{"CL", "America/Santiago", langs("es"), hispanic, 2},
		{"PE", "America/Lima", langs("es", "qu"), hispanic, 1},
		{"BO", "America/La_Paz", langs("es", "qu"), hispanic, 1},
		{"EC", "America/Guayaquil", langs("es"), hispanic, 1},
		{"PY", "America/Asuncion", langs("es", "gn"), hispanic, 1},
		{"UY", "America/Montevideo", langs("es"), hispanic, 1},
		{"CR", "America/Costa_Rica", langs("es"), hispanic, 1},
		{"GT", "America/Guatemala", langs("es"), hispanic, 1},
		{"CU", "America/Havana", langs("es"), hispanic, 1},
		{"JM", "America/Jamaica", langs("en"), caribbean, 1},
		{"TT", "America/Port_of_Spain", langs("en"), caribbean, 1},
	},
	"weog": {
		{"US", "America/New_York", langs("en"), english, 4},
		{"US", "America/Chicago", langs("en"), english, 1},
		{"US", "America/Los_Angeles", langs("en"), english, 1},
		{"US", "America/Los_Angeles", langs("es", "en"), hispanic, 1},
		{"CA", "America/Toronto", langs("en", "fr"), english, 1},
		{"CA", "America/Toronto", langs("fr", "en"), french, 1},
		{"GB", "Europe/London", langs("en"), english, 4},
		{"IE", "Europe/Dublin", langs("en", "ga"), english, 1},
		{"DE", "Europe/Berlin", langs("de", "en"), german, 3},
		{"AT", "Europe/Vienna", langs("de", "en"), german, 1},
		{"CH", "Europe/Zurich", langs("de", "fr", "en"), german, 1},
		{"CH", "Europe/Zurich", langs("fr", "en"), french, 1},
		{"FR", "Europe/Paris", langs("fr", "en"), french, 3},
		{"BE", "Europe/Brussels", langs("nl", "fr", "en"), dutch, 1},
		{"BE", "Europe/Brussels", langs("fr", "nl", "en"), french, 1},
		{"NL", "Europe/Amsterdam", langs("nl", "en"), dutch, 2},
		{"IT", "Europe/Rome", langs("it", "en"), italian, 2},
		{"ES", "Europe/Madrid", langs("es", "en"), hispanic, 2},
		{"PT", "Europe/Lisbon", langs("pt", "en"), lusophone, 1},
		{"SE", "Europe/Stockholm", langs("sv", "en"), scandinavian, 1},
		{"NO", "Europe/Oslo", langs("nb", "en"), scandinavian, 1},
		{"DK", "Europe/Copenhagen", langs("da", "en"), scandinavian, 1},
		{"FI", "Europe/Helsinki", langs("fi", "sv", "en"), finnish, 1},
		{"AU", "Australia/Sydney", langs("en"), english, 2},
		{"AU", "Australia/Perth", langs("en"), english, 1},
		{"NZ", "Pacific/Auckland", langs("en", "mi"), english, 1},
		{"TR", "Europe/Istanbul", langs("tr", "en"), turkish, 1},
		{"IL", "Asia/Jerusalem", langs("he", "en"), hebrew, 1},
		{"GR", "Europe/Athens", langs("el", "en"), greek, 1},
	},
	"igo": {
		{"CH", "Europe/Zurich", langs("en", "fr"), nil, 6}, // Geneva
		{"US", "America/New_York", langs("en"), nil, 3},
		{"AT", "Europe/Vienna", langs("en", "de"), nil, 1},
		{"FR", "Europe/Paris", langs("fr", "en"), nil, 2},
		{"IT", "Europe/Rome", langs("en", "it"), nil, 1},
		{"BE", "Europe/Brussels", langs("en", "fr"), nil, 1},
		{"KE", "Africa/Nairobi", langs("en", "sw"), nil, 1},
		{"ET", "Africa/Addis_Ababa", langs("en", "fr"), nil, 1},
		{"LB", "Asia/Beirut", langs("ar", "en"), nil, 1},
		{"TH", "Asia/Bangkok", langs("en"), nil, 1},
		{"CL", "America/Santiago", langs("es", "en"), nil, 1},
	},
}
