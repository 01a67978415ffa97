-- A FieldEnrol store at schema version 1, as the first release wrote it: tests/data/README.md says
-- how it was made and what it holds. Recreate the fixture with
--   rm -f tests/data/store-v1.fieldenrol && sqlite3 tests/data/store-v1.fieldenrol < tests/data/make_store_v1.sql
-- Do not edit the rows by hand: the audit chain and payload hashes would no longer verify.
PRAGMA page_size = 4096;
PRAGMA journal_mode = WAL;
BEGIN;

-- Schema version 1, verbatim from core/store/Schema.cpp (kVersion1).
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE admin_units(
  level INTEGER NOT NULL, code TEXT NOT NULL, parent_code TEXT,
  name_local TEXT NOT NULL, name_latin TEXT NOT NULL,
  PRIMARY KEY(level, code)) WITHOUT ROWID;

CREATE TABLE schemes(code TEXT PRIMARY KEY, definition TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE members(
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK(version >= 1),
  district_code TEXT NOT NULL,
  member_number TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  payload BLOB NOT NULL);
CREATE INDEX members_district ON members(district_code);

CREATE TABLE contributions(
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id),
  version INTEGER NOT NULL CHECK(version >= 1),
  scheme_code TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  method TEXT NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0,
  recorded_at INTEGER NOT NULL,
  payload BLOB NOT NULL);
CREATE INDEX contributions_member ON contributions(member_id);

-- Exact look-ups (document, phone, receipt, mobile-money code) by normalised key.
CREATE TABLE lookups(
  kind TEXT NOT NULL, key TEXT NOT NULL, entity_id TEXT NOT NULL,
  PRIMARY KEY(kind, key, entity_id)) WITHOUT ROWID;
CREATE UNIQUE INDEX lookups_unique ON lookups(kind, key) WHERE kind IN ('document', 'receipt', 'momo');
CREATE INDEX lookups_entity ON lookups(entity_id);

-- Every version of every record, with the reason for a correction.
CREATE TABLE history(
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL,
  reason TEXT NOT NULL, operator_id TEXT NOT NULL, at INTEGER NOT NULL,
  payload BLOB NOT NULL, payload_hash BLOB NOT NULL,
  UNIQUE(entity, entity_id, version));

-- Append-only, hash-chained: hash = SHA-256(prev_hash | seq | at | operator | action | entity | id | detail).
CREATE TABLE audit(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL, operator_id TEXT NOT NULL, action TEXT NOT NULL,
  entity TEXT, entity_id TEXT, detail TEXT,
  prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

-- What the sync engine sends, in sequence order; seq is never reused (AUTOINCREMENT).
CREATE TABLE outbox(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, entity_version INTEGER NOT NULL,
  op TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,
  payload_hash BLOB NOT NULL, created_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'sent', 'quarantined')),
  sent_at INTEGER);
CREATE INDEX outbox_pending ON outbox(state, seq);

-- Rows already imported from files, so importing the same file twice creates nothing twice.
CREATE TABLE import_keys(
  key TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, imported_at INTEGER NOT NULL) WITHOUT ROWID;

-- meta
INSERT INTO meta(key, value) VALUES('audit_count','8');
INSERT INTO meta(key, value) VALUES('audit_head','7f31d9afb5104e78260782b07f8fb4c0d030cc93e02fca65d27a6c3128218df8');
INSERT INTO meta(key, value) VALUES('country','LA');
INSERT INTO meta(key, value) VALUES('created_at','1773567000000');
INSERT INTO meta(key, value) VALUES('device_id','019cf0d4-bdc0-772b-9e1b-daf7411d1e74');
INSERT INTO meta(key, value) VALUES('device_name','Fixture device (schema 1)');
INSERT INTO meta(key, value) VALUES('receipt_counter','2');

-- admin_units
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'01',NULL,'ນະຄອນຫຼວງວຽງຈັນ','Vientiane Capital');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'02',NULL,'ຜົ້ງສາລີ','Phongsaly');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'03',NULL,'ຫຼວງນ້ຳທາ','Luang Namtha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'04',NULL,'ອຸດົມໄຊ','Oudomxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'05',NULL,'ບໍ່ແກ້ວ','Bokeo');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'06',NULL,'ຫຼວງພະບາງ','Luang Prabang');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'07',NULL,'ຫົວພັນ','Houaphanh');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'08',NULL,'ໄຊຍະບູລີ','Xayaboury');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'09',NULL,'ຊຽງຂວາງ','Xiengkhouang');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'10',NULL,'ວຽງຈັນ','Vientiane Province');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'11',NULL,'ບໍລິຄຳໄຊ','Bolikhamxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'12',NULL,'ຄຳມ່ວນ','Khammouane');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'13',NULL,'ສະຫວັນນະເຂດ','Savannakhet');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'14',NULL,'ສາລະວັນ','Salavan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'15',NULL,'ເຊກອງ','Sekong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'16',NULL,'ຈຳປາສັກ','Champasak');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'17',NULL,'ອັດຕະປື','Attapeu');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(1,'18',NULL,'ໄຊສົມບູນ','Xaysomboun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0101','01','ຈັນທະບູລີ','Chanthabouly');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0102','01','ສີໂຄດຕະບອງ','Sikhottabong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0103','01','ໄຊເສດຖາ','Xaysetha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0104','01','ສີສັດຕະນາກ','Sisattanak');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0105','01','ນາຊາຍທອງ','Naxaythong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0106','01','ໄຊທານີ','Xaythany');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0107','01','ຫາດຊາຍຟອງ','Hadxayfong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0108','01','ສັງທອງ','Sangthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0109','01','ປາກງື່ມ','Pakngum');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0201','02','ຜົ້ງສາລີ','Phongsaly');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0202','02','ໃໝ່','May');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0203','02','ຂວາ','Khoua');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0204','02','ສຳພັນ','Samphanh');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0205','02','ບູນເໜືອ','Boun Neua');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0206','02','ຍອດອູ','Nhot Ou');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0207','02','ບູນໃຕ້','Boun Tai');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0301','03','ຫຼວງນ້ຳທາ','Namtha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0302','03','ສິງ','Sing');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0303','03','ລອງ','Long');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0304','03','ວຽງພູຄາ','Viengphoukha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0305','03','ນາແລ','Nalae');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0401','04','ໄຊ','Xay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0402','04','ຫລາ','La');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0403','04','ນາໝໍ້','Namo');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0404','04','ງາ','Nga');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0405','04','ແບງ','Beng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0406','04','ຮຸນ','Houn');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0407','04','ປາກແບງ','Pakbeng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0501','05','ຫ້ວຍຊາຍ','Houayxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0502','05','ຕົ້ນເຜິ້ງ','Tonpheung');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0503','05','ເມິງ','Meung');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0504','05','ຜາອຸດົມ','Pha Oudom');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0505','05','ປາກທາ','Paktha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0601','06','ຫຼວງພະບາງ','Luang Prabang');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0602','06','ຊຽງເງິນ','Xiengngeun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0603','06','ນານ','Nan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0604','06','ປາກອູ','Pak Ou');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0605','06','ນ້ຳບາກ','Nambak');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0606','06','ງອຍ','Ngoy');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0607','06','ປາກແຊງ','Pakxeng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0608','06','ໂພນໄຊ','Phonxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0609','06','ຈອມເພັດ','Chomphet');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0610','06','ວຽງຄຳ','Viengkham');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0611','06','ພູຄຸນ','Phoukhoun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0612','06','ໂພນທອງ','Phonthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0701','07','ຊຳເໜືອ','Xamneua');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0702','07','ຊຽງຄໍ້','Xiengkhor');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0703','07','ຮ້ຽມ','Hiam');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0704','07','ວຽງໄຊ','Viengxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0705','07','ຫົວເມືອງ','Huameuang');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0706','07','ຊຳໃຕ້','Xamtay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0707','07','ສົບເບົາ','Sopbao');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0708','07','ແອດ','Et');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0709','07','ກວັນ','Kuan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0710','07','ຊອນ','Xon');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0801','08','ໄຊຍະບູລີ','Xayaboury');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0802','08','ຄອບ','Khop');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0803','08','ຫົງສາ','Hongsa');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0804','08','ເງິນ','Ngeun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0805','08','ຊຽງຮ່ອນ','Xienghone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0806','08','ພຽງ','Phiang');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0807','08','ປາກລາຍ','Paklai');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0808','08','ແກ່ນທ້າວ','Kenethao');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0809','08','ບໍ່ແຕນ','Botene');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0810','08','ທົ່ງມີໄຊ','Thongmyxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0811','08','ໄຊຊະຖານ','Xaysathan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0901','09','ແປກ','Pek');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0902','09','ຄຳ','Kham');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0903','09','ໜອງແຮດ','Nonghet');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0904','09','ຄຸນ','Khoun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0905','09','ໝອກ','Mok May');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0906','09','ພູກູດ','Phoukout');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'0907','09','ຜາໄຊ','Phaxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1001','10','ໂພນໂຮງ','Phonhong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1002','10','ທຸລະຄົມ','Thoulakhom');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1003','10','ແກ້ວອຸດົມ','Keo Oudom');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1004','10','ກາສີ','Kasy');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1005','10','ວັງວຽງ','Vangvieng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1006','10','ເຟືອງ','Feuang');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1007','10','ຊະນະຄາມ','Xanakharm');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1008','10','ແມດ','Mad');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1009','10','ວຽງຄຳ','Viengkham');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1010','10','ຫີນເຫີບ','Hinheup');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1011','10','ໝື່ນ','Meun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1101','11','ປາກຊັນ','Pakxan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1102','11','ທ່າພະບາດ','Thaphabat');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1103','11','ປາກກະດິງ','Pakkading');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1104','11','ບໍລິຄັນ','Bolikhan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1105','11','ຄຳເກີດ','Khamkeut');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1106','11','ວຽງທອງ','Viengthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1107','11','ໄຊຈຳພອນ','Xaychamphone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1201','12','ທ່າແຂກ','Thakhek');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1202','12','ມະຫາໄຊ','Mahaxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1203','12','ໜອງບົກ','Nongbok');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1204','12','ຫີນບູນ','Hinboun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1205','12','ຍົມມະລາດ','Nhommalath');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1206','12','ບົວລະພາ','Boualapha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1207','12','ນາກາຍ','Nakai');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1208','12','ເຊບັ້ງໄຟ','Xebangfai');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1209','12','ໄຊບົວທອງ','Xaybouathong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1210','12','ຄູນຄຳ','Khounkham');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1301','13','ໄກສອນ ພົມວິຫານ','Kaysone Phomvihane');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1302','13','ອຸທຸມພອນ','Outhoumphone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1303','13','ອາດສະພັງທອງ','Atsaphangthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1304','13','ພິນ','Phine');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1305','13','ເຊໂປນ','Sepone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1306','13','ນອງ','Nong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1307','13','ທ່າປາງທອງ','Thapangthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1308','13','ສອງຄອນ','Songkhone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1309','13','ຈຳພອນ','Champhone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1310','13','ຊົນບູລີ','Xonbouly');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1311','13','ໄຊບູລີ','Xaybouly');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1312','13','ວິລະບູລີ','Vilabouly');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1313','13','ອາດສະພອນ','Atsaphone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1314','13','ໄຊພູທອງ','Xayphouthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1315','13','ພະລານໄຊ','Phalanxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1401','14','ສາລະວັນ','Salavan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1402','14','ຕາໂອ້ຍ','Ta Oy');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1403','14','ຕຸ້ມລານ','Toumlan');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1404','14','ລະຄອນເພັງ','Lakhonepheng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1405','14','ວາປີ','Vapy');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1406','14','ຄົງເຊໂດນ','Khongxedone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1407','14','ເລົ່າງາມ','Lao Ngam');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1408','14','ສະມ້ວຍ','Samouay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1501','15','ລະມາມ','Lamam');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1502','15','ກະລືມ','Kaleum');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1503','15','ດາກຈຶງ','Dakcheung');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1504','15','ທ່າແຕງ','Thateng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1601','16','ປາກເຊ','Pakse');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1602','16','ຊະນະສົມບູນ','Sanasomboun');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1603','16','ບາຈຽງຈະເລີນສຸກ','Bachiangchaleunsouk');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1604','16','ປາກຊ່ອງ','Paksong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1605','16','ປະທຸມພອນ','Pathoumphone');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1606','16','ໂພນທອງ','Phonthong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1607','16','ຈຳປາສັກ','Champasak');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1608','16','ສຸຂຸມາ','Soukhouma');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1609','16','ມຸນລະປະໂມກ','Mounlapamok');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1610','16','ໂຂງ','Khong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1701','17','ໄຊເສດຖາ','Xaysetha');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1702','17','ສາມັກຄີໄຊ','Samakkhixay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1703','17','ສະໜາມໄຊ','Sanamxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1704','17','ສານໄຊ','Sanxay');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1705','17','ພູວົງ','Phouvong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1801','18','ອານຸວົງ','Anouvong');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1802','18','ທ່າໂທມ','Thathom');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1803','18','ລ້ອງແຈ້ງ','Longcheng');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1804','18','ຮົ່ມ','Hom');
INSERT INTO admin_units(level, code, parent_code, name_local, name_latin) VALUES(2,'1805','18','ລ້ອງຊານ','Longxan');

-- schemes
INSERT INTO schemes(code, definition) VALUES('LA-VOL','{"code":"LA-VOL","country":"LA","localName":"ລະບົບປະກັນສັງຄົມແບບສະໝັກໃຈ","maxAge":60,"minAge":15,"minimumMonthlyMinor":"0","name":"LSSO voluntary scheme","rateBasisPoints":900,"rule":0}');

-- members
INSERT INTO members(id, version, district_code, member_number, created_at, updated_at, payload) VALUES('019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5',2,'0101',NULL,1773567060000,1773567240000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານສີເມືອງ"},"birth":{"date":"1988-04-12"},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:31:00.000Z","document":{"issuingDistrict":"0101","issuingProvince":"01","number":"01-2345678","type":"la_national_id"},"id":"019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5","monthlyIncome":{"currency":"LAK","minor":"2500000"},"name":{"family":"ວົງສາ","familyLatin":"Vongsa","given":"ສົມພອນ","givenLatin":"Somphone"},"occupation":"street_vending","phone":"+8562099990001","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"female","updatedAt":"2026-03-15T09:34:00.000Z","version":2}' AS BLOB));
INSERT INTO members(id, version, district_code, member_number, created_at, updated_at, payload) VALUES('019cf0d6-9280-7217-8a7c-14eae90d6b27',1,'0101',NULL,1773567120000,1773567120000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານໂພນທັນ"},"birth":{"date":"1987-07-01","estimated":true},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:32:00.000Z","document":{"issuingProvince":"01","number":"FB-0457/12","type":"la_family_book"},"id":"019cf0d6-9280-7217-8a7c-14eae90d6b27","monthlyIncome":{"currency":"LAK","minor":"1200000"},"name":{"given":"ນ້ອຍ","givenLatin":"Noy"},"occupation":"farming","phone":"+8562022223344","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"male","updatedAt":"2026-03-15T09:32:00.000Z","version":1}' AS BLOB));
INSERT INTO members(id, version, district_code, member_number, created_at, updated_at, payload) VALUES('019cf0d7-7ce0-77c5-9654-452825edb96a',1,'0101',NULL,1773567180000,1773567180000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານສີເມືອງ"},"birth":{"date":"1988-04-12"},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:33:00.000Z","document":{"issuingDistrict":"0101","issuingProvince":"01","number":"01-7654321","type":"la_national_id"},"household":[{"birth":{"date":"2015-02-03"},"name":{"given":"ຄໍາຫຼ້າ"},"relationship":"child","sex":"female"}],"id":"019cf0d7-7ce0-77c5-9654-452825edb96a","monthlyIncome":{"currency":"LAK","minor":"2500000"},"name":{"family":"ພົມມະຈັນ","familyLatin":"Phommachanh","given":"ແສງເດືອນ","givenLatin":"Sengdeuane"},"occupation":"street_vending","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"female","updatedAt":"2026-03-15T09:33:00.000Z","version":1}' AS BLOB));

-- contributions
INSERT INTO contributions(id, member_id, version, scheme_code, period_start, period_end, method, voided, recorded_at, payload) VALUES('019cf0d9-51a0-728e-8597-d179da6ae46c','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5',2,'LA-VOL','2026-03-01','2026-03-31','cash',1,1773567300000,CAST('{"amount":{"currency":"LAK","minor":"225000"},"expected":{"currency":"LAK","minor":"225000"},"id":"019cf0d9-51a0-728e-8597-d179da6ae46c","member":"019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5","method":"cash","operator":"clerk-fixture","periodEnd":"2026-03-31","periodStart":"2026-03-01","receipt":"411D1E74-000001","recordedAt":"2026-03-15T09:35:00.000Z","scheme":"LA-VOL","version":2,"voidReason":"Entered twice","voidedAt":"2026-03-15T09:37:00.000Z","voidedBy":"clerk-fixture"}' AS BLOB));
INSERT INTO contributions(id, member_id, version, scheme_code, period_start, period_end, method, voided, recorded_at, payload) VALUES('019cf0da-3c00-7713-9bcf-91974e3db0ed','019cf0d6-9280-7217-8a7c-14eae90d6b27',1,'LA-VOL','2026-03-01','2026-03-31','mobile_money',0,1773567360000,CAST('{"amount":{"currency":"LAK","minor":"108000"},"expected":{"currency":"LAK","minor":"108000"},"id":"019cf0da-3c00-7713-9bcf-91974e3db0ed","member":"019cf0d6-9280-7217-8a7c-14eae90d6b27","method":"mobile_money","operator":"clerk-fixture","periodEnd":"2026-03-31","periodStart":"2026-03-01","receipt":"411D1E74-000002","recordedAt":"2026-03-15T09:36:00.000Z","scheme":"LA-VOL","transactionCode":"BCEL2026031","version":1}' AS BLOB));

-- lookups
INSERT INTO lookups(kind, key, entity_id) VALUES('document','la_family_book:FB-0457/12','019cf0d6-9280-7217-8a7c-14eae90d6b27');
INSERT INTO lookups(kind, key, entity_id) VALUES('document','la_national_id:01-2345678','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5');
INSERT INTO lookups(kind, key, entity_id) VALUES('document','la_national_id:01-7654321','019cf0d7-7ce0-77c5-9654-452825edb96a');
INSERT INTO lookups(kind, key, entity_id) VALUES('momo','BCEL2026031','019cf0da-3c00-7713-9bcf-91974e3db0ed');
INSERT INTO lookups(kind, key, entity_id) VALUES('phone','+8562022223344','019cf0d6-9280-7217-8a7c-14eae90d6b27');
INSERT INTO lookups(kind, key, entity_id) VALUES('phone','+8562099990001','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5');
INSERT INTO lookups(kind, key, entity_id) VALUES('receipt','411D1E74-000001','019cf0d9-51a0-728e-8597-d179da6ae46c');
INSERT INTO lookups(kind, key, entity_id) VALUES('receipt','411D1E74-000002','019cf0da-3c00-7713-9bcf-91974e3db0ed');

-- history
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(1,'member','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5',1,'registered','clerk-fixture',1773567060000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານສີເມືອງ"},"birth":{"date":"1988-04-12"},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:31:00.000Z","document":{"issuingDistrict":"0101","issuingProvince":"01","number":"01-2345678","type":"la_national_id"},"id":"019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5","monthlyIncome":{"currency":"LAK","minor":"2500000"},"name":{"family":"ວົງສາ","familyLatin":"Vongsa","given":"ສົມພອນ","givenLatin":"Somphone"},"occupation":"street_vending","phone":"+8562055551234","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"female","updatedAt":"2026-03-15T09:31:00.000Z","version":1}' AS BLOB),X'c8c43435621ea24c2bc7d6420cf654f1c954b8eec824a517273cde8ea7574f8b');
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(2,'member','019cf0d6-9280-7217-8a7c-14eae90d6b27',1,'registered','clerk-fixture',1773567120000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານໂພນທັນ"},"birth":{"date":"1987-07-01","estimated":true},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:32:00.000Z","document":{"issuingProvince":"01","number":"FB-0457/12","type":"la_family_book"},"id":"019cf0d6-9280-7217-8a7c-14eae90d6b27","monthlyIncome":{"currency":"LAK","minor":"1200000"},"name":{"given":"ນ້ອຍ","givenLatin":"Noy"},"occupation":"farming","phone":"+8562022223344","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"male","updatedAt":"2026-03-15T09:32:00.000Z","version":1}' AS BLOB),X'bdeb5887755926a4d49273f64891fe13d4e3e19bcb69400084e537968707f9cb');
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(3,'member','019cf0d7-7ce0-77c5-9654-452825edb96a',1,'registered','clerk-fixture',1773567180000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານສີເມືອງ"},"birth":{"date":"1988-04-12"},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:33:00.000Z","document":{"issuingDistrict":"0101","issuingProvince":"01","number":"01-7654321","type":"la_national_id"},"household":[{"birth":{"date":"2015-02-03"},"name":{"given":"ຄໍາຫຼ້າ"},"relationship":"child","sex":"female"}],"id":"019cf0d7-7ce0-77c5-9654-452825edb96a","monthlyIncome":{"currency":"LAK","minor":"2500000"},"name":{"family":"ພົມມະຈັນ","familyLatin":"Phommachanh","given":"ແສງເດືອນ","givenLatin":"Sengdeuane"},"occupation":"street_vending","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"female","updatedAt":"2026-03-15T09:33:00.000Z","version":1}' AS BLOB),X'ce77c0719fdc9b795cbb971c6b49d1d37267ebbeafa370e3ddca9b0a2f2d87c4');
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(4,'member','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5',2,'Phone number changed','clerk-fixture',1773567240000,CAST('{"address":{"district":"0101","region":"01","village":"ບ້ານສີເມືອງ"},"birth":{"date":"1988-04-12"},"consent":{"givenAt":"2026-03-01T08:00:00.000Z","language":"lo","method":"thumbprint","operator":"clerk-fixture","textVersion":"LA-2026-01"},"createdAt":"2026-03-15T09:31:00.000Z","document":{"issuingDistrict":"0101","issuingProvince":"01","number":"01-2345678","type":"la_national_id"},"id":"019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5","monthlyIncome":{"currency":"LAK","minor":"2500000"},"name":{"family":"ວົງສາ","familyLatin":"Vongsa","given":"ສົມພອນ","givenLatin":"Somphone"},"occupation":"street_vending","phone":"+8562099990001","schemes":[{"enrolledOn":"2026-03-01","scheme":"LA-VOL"}],"sex":"female","updatedAt":"2026-03-15T09:34:00.000Z","version":2}' AS BLOB),X'c3403c0a62efde8d025dcb21b9f54cb53517f14f6179d167ae4753798df7518b');
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(5,'contribution','019cf0d9-51a0-728e-8597-d179da6ae46c',1,'recorded','clerk-fixture',1773567300000,CAST('{"amount":{"currency":"LAK","minor":"225000"},"expected":{"currency":"LAK","minor":"225000"},"id":"019cf0d9-51a0-728e-8597-d179da6ae46c","member":"019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5","method":"cash","operator":"clerk-fixture","periodEnd":"2026-03-31","periodStart":"2026-03-01","receipt":"411D1E74-000001","recordedAt":"2026-03-15T09:35:00.000Z","scheme":"LA-VOL","version":1}' AS BLOB),X'b6312fd0a307873e6612d3052049e21a8a5208638556c3737be1264401f5ca06');
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(6,'contribution','019cf0da-3c00-7713-9bcf-91974e3db0ed',1,'recorded','clerk-fixture',1773567360000,CAST('{"amount":{"currency":"LAK","minor":"108000"},"expected":{"currency":"LAK","minor":"108000"},"id":"019cf0da-3c00-7713-9bcf-91974e3db0ed","member":"019cf0d6-9280-7217-8a7c-14eae90d6b27","method":"mobile_money","operator":"clerk-fixture","periodEnd":"2026-03-31","periodStart":"2026-03-01","receipt":"411D1E74-000002","recordedAt":"2026-03-15T09:36:00.000Z","scheme":"LA-VOL","transactionCode":"BCEL2026031","version":1}' AS BLOB),X'9b3895461f1b45aedf543bed3441c5a96ab059a482ecd091a628015d3a91659d');
INSERT INTO history(id, entity, entity_id, version, reason, operator_id, at, payload, payload_hash) VALUES(7,'contribution','019cf0d9-51a0-728e-8597-d179da6ae46c',2,'Entered twice','clerk-fixture',1773567420000,CAST('{"amount":{"currency":"LAK","minor":"225000"},"expected":{"currency":"LAK","minor":"225000"},"id":"019cf0d9-51a0-728e-8597-d179da6ae46c","member":"019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5","method":"cash","operator":"clerk-fixture","periodEnd":"2026-03-31","periodStart":"2026-03-01","receipt":"411D1E74-000001","recordedAt":"2026-03-15T09:35:00.000Z","scheme":"LA-VOL","version":2,"voidReason":"Entered twice","voidedAt":"2026-03-15T09:37:00.000Z","voidedBy":"clerk-fixture"}' AS BLOB),X'019b6965d5d2c9ce0cc92f44541f7129a6e065f75b0a71f75c668d44bcca481c');

-- audit
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(1,1773567000000,'system','store.create',NULL,NULL,'LA Fixture device (schema 1)',X'0000000000000000000000000000000000000000000000000000000000000000',X'51a96e5c26dc557790ede812b2553714a5dddfbef6892ae10c44dc6d9dc5f9b6');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(2,1773567060000,'clerk-fixture','member.create','member','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5','v1 c8c43435621ea24c',X'51a96e5c26dc557790ede812b2553714a5dddfbef6892ae10c44dc6d9dc5f9b6',X'a86159c4855e4a4a2c0e695f00021190b5b45c6bfbd7053dc6fb645aa8ec2c91');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(3,1773567120000,'clerk-fixture','member.create','member','019cf0d6-9280-7217-8a7c-14eae90d6b27','v1 bdeb5887755926a4',X'a86159c4855e4a4a2c0e695f00021190b5b45c6bfbd7053dc6fb645aa8ec2c91',X'3aeeca9679b9e5ee4623cb5aa4dbab9b3c000f8808ed288fe8672c588d64f94a');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(4,1773567180000,'clerk-fixture','member.create','member','019cf0d7-7ce0-77c5-9654-452825edb96a','v1 ce77c0719fdc9b79',X'3aeeca9679b9e5ee4623cb5aa4dbab9b3c000f8808ed288fe8672c588d64f94a',X'5dd89b9d3c79fa8bb54db0ea6e3b81460beec8b08a664161cad217832f2002ad');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(5,1773567240000,'clerk-fixture','member.update','member','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5','v2 c3403c0a62efde8d',X'5dd89b9d3c79fa8bb54db0ea6e3b81460beec8b08a664161cad217832f2002ad',X'9bbcca3fbe5543e6a106dba0e0b02b62611a61806b3f1c54922c1473205d21a6');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(6,1773567300000,'clerk-fixture','contribution.create','contribution','019cf0d9-51a0-728e-8597-d179da6ae46c','v1 b6312fd0a307873e',X'9bbcca3fbe5543e6a106dba0e0b02b62611a61806b3f1c54922c1473205d21a6',X'f4cd95abc60107bdb8717bf727f5a1c835056f07bc140b3b3204211d60ed1dbb');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(7,1773567360000,'clerk-fixture','contribution.create','contribution','019cf0da-3c00-7713-9bcf-91974e3db0ed','v1 9b3895461f1b45ae',X'f4cd95abc60107bdb8717bf727f5a1c835056f07bc140b3b3204211d60ed1dbb',X'a0ad1db716c6d35eb23b4826af66f1765e40a3445fcaa88c72de049ae16e826a');
INSERT INTO audit(seq, at, operator_id, action, entity, entity_id, detail, prev_hash, hash) VALUES(8,1773567420000,'clerk-fixture','contribution.void','contribution','019cf0d9-51a0-728e-8597-d179da6ae46c','v2 019b6965d5d2c9ce',X'a0ad1db716c6d35eb23b4826af66f1765e40a3445fcaa88c72de049ae16e826a',X'7f31d9afb5104e78260782b07f8fb4c0d030cc93e02fca65d27a6c3128218df8');

-- outbox
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(1,'member','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5',1,'create','member:019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5:1',X'c8c43435621ea24c2bc7d6420cf654f1c954b8eec824a517273cde8ea7574f8b',1773567060000,'pending',NULL);
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(2,'member','019cf0d6-9280-7217-8a7c-14eae90d6b27',1,'create','member:019cf0d6-9280-7217-8a7c-14eae90d6b27:1',X'bdeb5887755926a4d49273f64891fe13d4e3e19bcb69400084e537968707f9cb',1773567120000,'pending',NULL);
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(3,'member','019cf0d7-7ce0-77c5-9654-452825edb96a',1,'create','member:019cf0d7-7ce0-77c5-9654-452825edb96a:1',X'ce77c0719fdc9b795cbb971c6b49d1d37267ebbeafa370e3ddca9b0a2f2d87c4',1773567180000,'pending',NULL);
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(4,'member','019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5',2,'update','member:019cf0d5-a820-7d07-a4ce-5fb8a86c4bd5:2',X'c3403c0a62efde8d025dcb21b9f54cb53517f14f6179d167ae4753798df7518b',1773567240000,'pending',NULL);
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(5,'contribution','019cf0d9-51a0-728e-8597-d179da6ae46c',1,'create','contribution:019cf0d9-51a0-728e-8597-d179da6ae46c:1',X'b6312fd0a307873e6612d3052049e21a8a5208638556c3737be1264401f5ca06',1773567300000,'pending',NULL);
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(6,'contribution','019cf0da-3c00-7713-9bcf-91974e3db0ed',1,'create','contribution:019cf0da-3c00-7713-9bcf-91974e3db0ed:1',X'9b3895461f1b45aedf543bed3441c5a96ab059a482ecd091a628015d3a91659d',1773567360000,'pending',NULL);
INSERT INTO outbox(seq, entity, entity_id, entity_version, op, idempotency_key, payload_hash, created_at, state, sent_at) VALUES(7,'contribution','019cf0d9-51a0-728e-8597-d179da6ae46c',2,'void','contribution:019cf0d9-51a0-728e-8597-d179da6ae46c:2',X'019b6965d5d2c9ce0cc92f44541f7129a6e065f75b0a71f75c668d44bcca481c',1773567420000,'pending',NULL);

-- import_keys

PRAGMA user_version = 1;
COMMIT;
