#include "demodata/DemoNames.h"

#include <array>

namespace fe::demo {
namespace {

using S = NameSex;

// Common Lao given names. Several are used for both sexes.
constexpr std::array<LaoGivenName, 70> kLaoGiven{{
    {"ສົມພອນ", "Somphone", S::Either},
    {"ຄຳພອນ", "Khamphone", S::Either},
    {"ແສງດາວ", "Sengdao", S::Female},
    {"ມະນີ", "Many", S::Female},
    {"ບຸນມີ", "Bounmy", S::Male},
    {"ສົມສີ", "Somsy", S::Female},
    {"ພອນສະຫວັນ", "Phonesavanh", S::Male},
    {"ວັນນາ", "Vanna", S::Female},
    {"ດາວວອນ", "Daovone", S::Female},
    {"ບົວພັນ", "Bouaphanh", S::Female},
    {"ແກ້ວ", "Keo", S::Either},
    {"ສີສະຫວາດ", "Sisavath", S::Male},
    {"ທອງດີ", "Thongdy", S::Male},
    {"ທອງສຸກ", "Thongsouk", S::Male},
    {"ບຸນທອງ", "Bounthong", S::Male},
    {"ບຸນເລີດ", "Bounleuth", S::Male},
    {"ສຸລິຍາ", "Souliya", S::Female},
    {"ອຳພອນ", "Amphone", S::Female},
    {"ນາລີ", "Naly", S::Female},
    {"ມາລີ", "Maly", S::Female},
    {"ວິໄລ", "Vilay", S::Female},
    {"ວຽງຄຳ", "Viengkham", S::Female},
    {"ພູວົງ", "Phouvong", S::Male},
    {"ສົມຊາຍ", "Somxay", S::Male},
    {"ສົມບັດ", "Sombath", S::Male},
    {"ຄຳແພງ", "Khamphaeng", S::Male},
    {"ຄຳຫຼ້າ", "Khamla", S::Male},
    {"ຄຳມະນີ", "Khammany", S::Female},
    {"ແສງຈັນ", "Sengchanh", S::Female},
    {"ແສງອາລຸນ", "Sengaloun", S::Male},
    {"ອາລຸນ", "Aloun", S::Either},
    {"ສຸກສະຫວັນ", "Souksavanh", S::Male},
    {"ພອນໄຊ", "Phonexay", S::Male},
    {"ໄຊສະໜາ", "Xaysana", S::Male},
    {"ບົວໄລ", "Boualay", S::Female},
    {"ບົວສອນ", "Bouasone", S::Female},
    {"ຈັນທອນ", "Chanthone", S::Female},
    {"ຈັນສີ", "Chansy", S::Female},
    {"ເພັດ", "Phet", S::Male},
    {"ເພັດສະຫວັນ", "Phetsavanh", S::Male},
    {"ແພງສີ", "Phaengsy", S::Female},
    {"ລັດສະໝີ", "Latsamy", S::Female},
    {"ອານຸສອນ", "Anousone", S::Male},
    {"ສີໃສ", "Sisay", S::Female},
    {"ສີພອນ", "Siphone", S::Female},
    {"ຄອນສະຫວັນ", "Khonesavanh", S::Male},
    {"ບົວຄຳ", "Bouakham", S::Female},
    {"ວັນໄຊ", "Vanxay", S::Male},
    {"ສົມຈິດ", "Somchit", S::Either},
    {"ສົມພູ", "Somphou", S::Male},
    {"ນິດ", "Nit", S::Female},
    {"ດວງຈັນ", "Douangchanh", S::Female},
    {"ດວງເດືອນ", "Douangdeuane", S::Female},
    {"ບຸນສີ", "Bounsy", S::Male},
    {"ສີສຸກ", "Sisouk", S::Male},
    {"ແສງທອງ", "Sengthong", S::Male},
    {"ປານີ", "Pany", S::Female},
    {"ນ້ຳຝົນ", "Namfon", S::Female},
    {"ທອງຈັນ", "Thongchanh", S::Male},
    {"ສົມດີ", "Somdy", S::Male},
    {"ຄຳສີ", "Khamsy", S::Either},
    {"ອຸດົມ", "Oudom", S::Male},
    {"ວິລະສັກ", "Vilasack", S::Male},
    {"ສຸດາ", "Souda", S::Female},
    {"ຈັນທາ", "Chantha", S::Female},
    {"ແກ້ວມະນີ", "Keomany", S::Female},
    {"ບຸນຕາ", "Bounta", S::Male},
    {"ທິດາ", "Thida", S::Female},
    {"ພອນທິບ", "Phonethip", S::Female},
    {"ຂັນທອງ", "Khanthong", S::Male},
}};

constexpr std::array<LaoWord, 44> kLaoFamily{{
    {"ວົງສາ", "Vongsa"},          {"ພົມມະວົງ", "Phommavong"},     {"ສີສຸລາດ", "Sisoulath"},
    {"ແກ້ວມະນີ", "Keomany"},       {"ຈັນທະວົງ", "Chanthavong"},    {"ພິມມະສອນ", "Phimmasone"},
    {"ສຸວັນນະວົງ", "Souvannavong"}, {"ອິນທະວົງ", "Inthavong"},      {"ຄຳພູວົງ", "Khamphouvong"},
    {"ສີສະຫວາດ", "Sisavath"},     {"ພົມມະຈັນ", "Phommachanh"},    {"ວົງສະຫວັນ", "Vongsavanh"},
    {"ສຸລິວົງ", "Soulivong"},       {"ໄຊຍະວົງ", "Xayavong"},       {"ແສງມະນີ", "Sengmany"},
    {"ພົມມະລາດ", "Phommalath"},   {"ດວງມະນີ", "Douangmany"},     {"ລາດຊະວົງ", "Latsavong"},
    {"ສີຫາລາດ", "Sihalath"},      {"ແກ້ວພິລາວັນ", "Keophilavanh"}, {"ໄຊຍະລາດ", "Xayalath"},
    {"ພັນທະວົງ", "Phanthavong"},   {"ວິລະວົງ", "Vilavong"},        {"ທຳມະວົງ", "Thammavong"},
    {"ສີພັນດອນ", "Siphandone"},    {"ພົມວິຫານ", "Phomvihane"},     {"ວົງວິຈິດ", "Vongvichit"},
    {"ສີປະເສີດ", "Sipaseuth"},     {"ບຸບຜາ", "Boupha"},           {"ອິນທະລາດ", "Inthalath"},
    {"ຄຳວົງສາ", "Khamvongsa"},    {"ຈັນທະລາ", "Chanthala"},      {"ໂພທິສານ", "Phothisane"},
    {"ຫຼວງລາດ", "Luanglath"},     {"ສິດທິວົງ", "Sitthivong"},      {"ວັນນະວົງ", "Vannavong"},
    {"ດາລາວົງ", "Dalavong"},      {"ພິລາວົງ", "Philavong"},       {"ຂັນທະວົງ", "Khanthavong"},
    {"ລັດຕະນະວົງ", "Lattanavong"}, {"ສີວົງສາ", "Sivongsa"},        {"ເພັດສະຫວັນ", "Phetsavanh"},
    {"ແສງສຸລິຍາ", "Sengsouliya"},  {"ສຸກສະຫວັນ", "Souksavanh"},
}};

constexpr std::array<LaoWord, 12> kLaoNicknames{{
    {"ນ້ອຍ", "Noy"},
    {"ແດງ", "Daeng"},
    {"ຕຸ້ຍ", "Tui"},
    {"ນິດ", "Nit"},
    {"ຕ້ອຍ", "Toy"},
    {"ເກ່ງ", "Keng"},
    {"ໝີ", "Mee"},
    {"ຕາ", "Ta"},
    {"ບີ", "Bee"},
    {"ຄຳ", "Kham"},
    {"ອ້ວນ", "Ouan"},
    {"ແອ໋ວ", "Eo"},
}};

constexpr std::array<LaoWord, 20> kLaoVillages{{
    {"ບ້ານໂພນສະຫວ່າງ", "Ban Phonsavang"}, {"ບ້ານນາໄຊ", "Ban Naxay"},       {"ບ້ານດອນໃໝ່", "Ban Donmai"},
    {"ບ້ານໜອງບົວ", "Ban Nongboua"},       {"ບ້ານໂພນໄຊ", "Ban Phonxay"},    {"ບ້ານນາຄຳ", "Ban Nakham"},
    {"ບ້ານໂນນສະຫວ່າງ", "Ban Nonsavang"},  {"ບ້ານສີເມືອງ", "Ban Simuang"},    {"ບ້ານຫ້ວຍຫົງ", "Ban Houayhong"},
    {"ບ້ານໂພນທັນ", "Ban Phonthan"},       {"ບ້ານຈອມເພັດ", "Ban Chomphet"},  {"ບ້ານດົງໂດກ", "Ban Dongdok"},
    {"ບ້ານໂຊກໃຫຍ່", "Ban Sokyai"},        {"ບ້ານທ່າງ່ອນ", "Ban Thangon"},    {"ບ້ານນາທອງ", "Ban Nathong"},
    {"ບ້ານຫາດຊາຍຂາວ", "Ban Hatxaykhao"}, {"ບ້ານໜອງດ້ວງ", "Ban Nongduang"}, {"ບ້ານສີໄຄ", "Ban Sikhai"},
    {"ບ້ານໂພນຕ້ອງ", "Ban Phontong"},      {"ບ້ານນາແຊ", "Ban Naxae"},
}};

// Kenya. Community names, then English Christian first names many people also carry.
constexpr std::array<const char*, 11> kKikuyuF{"Wanjiru",  "Wambui",  "Njeri",   "Wairimu",
                                               "Nyambura", "Wangari", "Wanjiku", "Muthoni",
                                               "Waithera", "Wangui",  "Njoki"};
constexpr std::array<const char*, 12> kKikuyuM{"Kamau",  "Njoroge", "Mwangi", "Kariuki", "Githinji", "Maina",
                                               "Kimani", "Njuguna", "Ngugi",  "Waweru",  "Macharia", "Gitau"};
constexpr std::array<const char*, 16> kKikuyuFamily{
    "Kamau", "Njoroge", "Mwangi",   "Kariuki", "Githinji", "Maina",   "Kimani", "Njuguna",
    "Ngugi", "Waweru",  "Macharia", "Gitau",   "Wainaina", "Karanja", "Mbugua", "Ndung'u"};
constexpr std::array<const char*, 8> kKikuyuCounties{"047", "022", "021", "019", "020", "018", "032", "031"};

constexpr std::array<const char*, 9> kLuoF{"Achieng", "Akinyi", "Atieno", "Adhiambo", "Awino",
                                           "Anyango", "Auma",   "Apiyo",  "Akoth"};
constexpr std::array<const char*, 9> kLuoM{"Otieno", "Ochieng", "Omondi", "Odhiambo", "Onyango",
                                           "Owino",  "Ouma",    "Okoth",  "Oduor"};
constexpr std::array<const char*, 13> kLuoFamily{"Otieno", "Ochieng", "Omondi", "Odhiambo", "Onyango",
                                                 "Owino",  "Ouma",    "Okoth",  "Oduor",    "Obura",
                                                 "Okello", "Opiyo",   "Oloo"};
constexpr std::array<const char*, 5> kLuoCounties{"042", "041", "043", "044", "047"};

constexpr std::array<const char*, 7> kLuhyaF{"Nafula",  "Nekesa",  "Nasimiyu", "Naliaka",
                                             "Nanjala", "Khavele", "Muhonja"};
constexpr std::array<const char*, 10> kLuhyaM{"Wafula",  "Wekesa",  "Barasa",  "Wanjala", "Simiyu",
                                              "Makokha", "Khaemba", "Shikuku", "Wamalwa", "Masinde"};
constexpr std::array<const char*, 13> kLuhyaFamily{"Wafula",   "Wekesa",  "Barasa",  "Wanjala", "Simiyu",
                                                   "Makokha",  "Khaemba", "Shikuku", "Wamalwa", "Masinde",
                                                   "Mukhwana", "Were",    "Namwamba"};
constexpr std::array<const char*, 6> kLuhyaCounties{"037", "039", "038", "040", "026", "047"};

constexpr std::array<const char*, 9> kKalenjinF{"Chebet",    "Jepkosgei",   "Jeptoo",
                                                "Chepkoech", "Jerop",       "Chelangat",
                                                "Cherono",   "Jepchirchir", "Chepngetich"};
constexpr std::array<const char*, 9> kKalenjinM{"Kiprotich", "Kipchumba", "Kiprono", "Kibet",   "Kipkemboi",
                                                "Kiplagat",  "Kipruto",   "Kiptoo",  "Kipkorir"};
constexpr std::array<const char*, 14> kKalenjinFamily{"Koech",   "Rotich", "Kirui",     "Langat", "Rono",
                                                      "Ngetich", "Kosgei", "Cheruiyot", "Kiprop", "Biwott",
                                                      "Too",     "Kemboi", "Sang",      "Tanui"};
constexpr std::array<const char*, 6> kKalenjinCounties{"027", "029", "035", "036", "030", "028"};

constexpr std::array<const char*, 8> kKambaF{"Mwende",  "Mumbua", "Ndinda",  "Mueni",
                                             "Kalunde", "Nduku",  "Mwikali", "Syokau"};
constexpr std::array<const char*, 10> kKambaM{"Mutua",   "Musyoka", "Mutiso", "Kioko",   "Muthama",
                                              "Kilonzo", "Nzioka",  "Wambua", "Mutinda", "Muli"};
constexpr std::array<const char*, 13> kKambaFamily{"Mutua",   "Musyoka",  "Mutiso", "Kioko",   "Muthama",
                                                   "Kilonzo", "Nzioka",   "Wambua", "Mutinda", "Muli",
                                                   "Kyalo",   "Ndambuki", "Mbithi"};
constexpr std::array<const char*, 4> kKambaCounties{"016", "017", "015", "047"};

constexpr std::array<const char*, 10> kCoastF{"Mwanaisha", "Fatuma", "Zawadi", "Rehema", "Mwanajuma",
                                              "Halima",    "Kadzo",  "Kache",  "Dama",   "Sidi"};
constexpr std::array<const char*, 12> kCoastM{"Salim", "Hamisi",  "Bakari", "Juma",   "Athumani", "Rashid",
                                              "Said",  "Kazungu", "Charo",  "Katana", "Kahindi",  "Baya"};
constexpr std::array<const char*, 15> kCoastFamily{"Mohamed", "Hassan",  "Abdalla", "Bakari",   "Juma",
                                                   "Salim",   "Kazungu", "Charo",   "Katana",   "Kahindi",
                                                   "Baya",    "Ngala",   "Mwakio",  "Mwamburi", "Ruwa"};
constexpr std::array<const char*, 5> kCoastCounties{"001", "002", "003", "005", "006"};

constexpr std::array<const char*, 10> kSomaliF{"Hodan", "Fadumo", "Halima", "Sahra",   "Ubah",
                                               "Hawa",  "Deeqa",  "Asha",   "Khadija", "Ifrah"};
constexpr std::array<const char*, 12> kSomaliM{"Abdi",    "Mohamed",    "Ahmed",     "Hassan",
                                               "Hussein", "Ibrahim",    "Yusuf",     "Farah",
                                               "Aden",    "Abdirahman", "Abdullahi", "Osman"};
constexpr std::array<const char*, 16> kSomaliFamily{
    "Abdi",    "Hussein", "Farah", "Ali",  "Aden",    "Warsame", "Hassan", "Osman",
    "Ibrahim", "Noor",    "Gedi",  "Omar", "Mohamud", "Jama",    "Dahir",  "Abdullahi"};
constexpr std::array<const char*, 5> kSomaliCounties{"007", "008", "009", "047", "011"};

constexpr std::array<const char*, 20> kChristianF{
    "Mary",  "Grace",     "Faith",    "Esther", "Jane",   "Lucy",     "Mercy",    "Joyce",  "Ruth", "Agnes",
    "Alice", "Catherine", "Margaret", "Nancy",  "Purity", "Caroline", "Beatrice", "Eunice", "Rose", "Winnie"};
constexpr std::array<const char*, 20> kChristianM{
    "John",    "Joseph",  "Peter",  "James",   "David", "Samuel",  "Daniel", "Stephen", "Paul",  "Michael",
    "Francis", "Patrick", "George", "Charles", "Simon", "Kennedy", "Dennis", "Brian",   "Kevin", "Moses"};

// Shares roughly follow the 2019 census for the seven largest groups represented here.
const std::array<KenyanCommunity, 7> kCommunities{{
    {"Kikuyu", 24, true, kKikuyuF, kKikuyuM, kKikuyuFamily, kKikuyuCounties},
    {"Luhya", 19, true, kLuhyaF, kLuhyaM, kLuhyaFamily, kLuhyaCounties},
    {"Kalenjin", 17, true, kKalenjinF, kKalenjinM, kKalenjinFamily, kKalenjinCounties},
    {"Luo", 14, true, kLuoF, kLuoM, kLuoFamily, kLuoCounties},
    {"Kamba", 13, true, kKambaF, kKambaM, kKambaFamily, kKambaCounties},
    {"Coastal", 7, false, kCoastF, kCoastM, kCoastFamily, kCoastCounties},
    {"Somali", 6, false, kSomaliF, kSomaliM, kSomaliFamily, kSomaliCounties},
}};

} // namespace

std::span<const LaoGivenName> laoGivenNames()
{
    return kLaoGiven;
}
std::span<const LaoWord> laoFamilyNames()
{
    return kLaoFamily;
}
std::span<const LaoWord> laoNicknames()
{
    return kLaoNicknames;
}
std::span<const LaoWord> laoVillages()
{
    return kLaoVillages;
}
std::span<const KenyanCommunity> kenyanCommunities()
{
    return kCommunities;
}
std::span<const char* const> kenyanChristianFemaleNames()
{
    return kChristianF;
}
std::span<const char* const> kenyanChristianMaleNames()
{
    return kChristianM;
}

} // namespace fe::demo
