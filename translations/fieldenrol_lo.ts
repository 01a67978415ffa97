<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>Backup</name>
    <message>
        <source>Choose an existing folder for the backup.</source>
        <translation>ເລືອກໂຟນເດີທີ່ມີຢູ່ແລ້ວສຳລັບການສຳຮອງຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>There is no store to back up.</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນໃຫ້ສຳຮອງ.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>ການສຳຮອງຂໍ້ມູນຖືກຍົກເລີກ; ບໍ່ມີຫຍັງຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>ບໍ່ສາມາດຂຽນການສຳຮອງຂໍ້ມູນໄປທີ່ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Choose a backup file to restore.</source>
        <translation>ເລືອກໄຟລ໌ສຳຮອງທີ່ຈະກູ້ຄືນ.</translation>
    </message>
    <message>
        <source>This is the store in use, not a backup of it.</source>
        <translation>ນີ້ແມ່ນຖານຂໍ້ມູນທີ່ກຳລັງໃຊ້ຢູ່, ບໍ່ແມ່ນໄຟລ໌ສຳຮອງ.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the store. Check the free disk space.</source>
        <translation>ບໍ່ສາມາດສຳເນົາໄຟລ໌ສຳຮອງໄປໄວ້ຂ້າງຖານຂໍ້ມູນໄດ້. ກວດເບິ່ງບ່ອນຫວ່າງໃນດິສກ໌.</translation>
    </message>
    <message>
        <source>The chosen file is not a usable FieldEnrol backup: %1</source>
        <translation>ໄຟລ໌ທີ່ເລືອກບໍ່ແມ່ນໄຟລ໌ສຳຮອງ FieldEnrol ທີ່ໃຊ້ໄດ້: %1</translation>
    </message>
    <message>
        <source>The backup belongs to a store of another country.</source>
        <translation>ໄຟລ໌ສຳຮອງນີ້ເປັນຂອງຖານຂໍ້ມູນຂອງປະເທດອື່ນ.</translation>
    </message>
    <message>
        <source>The backup is damaged: it fails the store's integrity check.</source>
        <translation>ໄຟລ໌ສຳຮອງເສຍຫາຍ: ບໍ່ຜ່ານການກວດສອບຄວາມຖືກຕ້ອງຂອງຖານຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The store in use could not be set aside; nothing changed.</source>
        <translation>ບໍ່ສາມາດຍ້າຍຖານຂໍ້ມູນທີ່ກຳລັງໃຊ້ອອກໄປໄດ້; ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; nothing changed.</source>
        <translation>ບໍ່ສາມາດວາງໄຟລ໌ສຳຮອງເຂົ້າແທນໄດ້; ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
    </message>
</context>
<context>
    <name>DuplicateDecision</name>
    <message>
        <source>The recorded duplicate decision is incomplete.</source>
        <translation>ການຕັດສິນເລື່ອງຂໍ້ມູນຊ້ຳທີ່ບັນທຶກໄວ້ບໍ່ຄົບຖ້ວນ.</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>Same name.</source>
        <translation>ຊື່ດຽວກັນ.</translation>
    </message>
    <message>
        <source>Similar name (%1% alike).</source>
        <translation>ຊື່ຄ້າຍກັນ (ຄ້າຍກັນ %1%).</translation>
    </message>
    <message>
        <source>The names differ.</source>
        <translation>ຊື່ແຕກຕ່າງກັນ.</translation>
    </message>
    <message>
        <source>The family name is missing in one of the records.</source>
        <translation>ນາມສະກຸນບໍ່ມີໃນຂໍ້ມູນໃດໜຶ່ງ.</translation>
    </message>
    <message>
        <source>Same date of birth.</source>
        <translation>ວັນເດືອນປີເກີດດຽວກັນ.</translation>
    </message>
    <message>
        <source>Nearly the same date of birth (a likely typing slip).</source>
        <translation>ວັນເດືອນປີເກີດເກືອບຄືກັນ (ອາດພິມຜິດ).</translation>
    </message>
    <message>
        <source>Born in the same year (at least one date is an estimate).</source>
        <translation>ເກີດປີດຽວກັນ (ຢ່າງໜ້ອຍວັນທີໜຶ່ງເປັນການຄາດຄະເນ).</translation>
    </message>
    <message numerus="yes">
        <source>Born within %n year(s) of each other (at least one date is an estimate).</source>
        <translation>
            <numerusform>ເກີດຫ່າງກັນບໍ່ເກີນ %n ປີ (ຢ່າງໜ້ອຍວັນທີໜຶ່ງເປັນການຄາດຄະເນ).</numerusform>
            <numerusform>ເກີດຫ່າງກັນບໍ່ເກີນ %n ປີ (ຢ່າງໜ້ອຍວັນທີໜຶ່ງເປັນການຄາດຄະເນ).</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates of birth are too far apart.</source>
        <translation>ວັນເດືອນປີເກີດຫ່າງກັນຫຼາຍເກີນໄປ.</translation>
    </message>
    <message>
        <source>Same ward.</source>
        <translation>ວອດດຽວກັນ.</translation>
    </message>
    <message>
        <source>Same village.</source>
        <translation>ບ້ານດຽວກັນ.</translation>
    </message>
    <message>
        <source>Same constituency.</source>
        <translation>ເຂດເລືອກຕັ້ງດຽວກັນ.</translation>
    </message>
    <message>
        <source>Same district.</source>
        <translation>ເມືອງດຽວກັນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n household member(s) in common.</source>
        <translation>
            <numerusform>ມີສະມາຊິກຄອບຄົວຮ່ວມກັນ %n ຄົນ.</numerusform>
            <numerusform>ມີສະມາຊິກຄອບຄົວຮ່ວມກັນ %n ຄົນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same phone number.</source>
        <translation>ເບີໂທລະສັບດຽວກັນ.</translation>
    </message>
    <message>
        <source>A different document number of the same kind.</source>
        <translation>ເລກເອກະສານປະເພດດຽວກັນແຕ່ຕ່າງເລກ.</translation>
    </message>
    <message>
        <source>Recorded with a different sex.</source>
        <translation>ບັນທຶກເພດຕ່າງກັນ.</translation>
    </message>
    <message>
        <source>The same document number is already registered.</source>
        <translation>ເລກເອກະສານນີ້ໄດ້ລົງທະບຽນແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>This computer offers no secure random numbers; FieldEnrol cannot protect the store.</source>
        <translation>ຄອມພິວເຕີນີ້ບໍ່ມີຕົວເລກສຸ່ມທີ່ປອດໄພ; FieldEnrol ບໍ່ສາມາດປົກປ້ອງບ່ອນເກັບຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>The key parameters stored for this account are not valid. The store may be damaged.</source>
        <translation>ຄ່າກຳນົດຂອງກະແຈທີ່ເກັບໄວ້ສຳລັບບັນຊີນີ້ບໍ່ຖືກຕ້ອງ. ບ່ອນເກັບຂໍ້ມູນອາດເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation>ໜ່ວຍຄວາມຈຳບໍ່ພຽງພໍເພື່ອກວດລະຫັດຜ່ານ. ປິດໂປຣແກຣມອື່ນແລ້ວລອງໃໝ່.</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>The password or recovery code is not correct, or the key was altered.</source>
        <translation>ລະຫັດຜ່ານ ຫຼື ລະຫັດກູ້ຄືນບໍ່ຖືກຕ້ອງ, ຫຼື ກະແຈຖືກດັດແປງ.</translation>
    </message>
    <message>
        <source>The data key has the wrong length.</source>
        <translation>ກະແຈຂໍ້ມູນມີຄວາມຍາວບໍ່ຖືກຕ້ອງ.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>ກະສິກຳ</translation>
    </message>
    <message>
        <source>Street vending</source>
        <translation>ຂາຍເຄື່ອງແຄມທາງ</translation>
    </message>
    <message>
        <source>Transport (rider, driver)</source>
        <translation>ຂົນສົ່ງ (ຂີ່ລົດ, ຂັບລົດ)</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>ແມ່ບ້ານ ແລະ ວຽກເຮືອນ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ກໍ່ສ້າງ</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>ຫາປາ</translation>
    </message>
    <message>
        <source>Crafts</source>
        <translation>ຫັດຖະກຳ</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>ອາຊີບອື່ນ</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>ບໍ່ມີເອກະສານ</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>ບັດປະຈຳຕົວ</translation>
    </message>
    <message>
        <source>Maisha Namba</source>
        <translation>Maisha Namba</translation>
    </message>
    <message>
        <source>Refugee ID</source>
        <translation>ບັດຜູ້ອົບພະຍົບ</translation>
    </message>
    <message>
        <source>KRA PIN</source>
        <translation>KRA PIN</translation>
    </message>
    <message>
        <source>Family book</source>
        <translation>ສຳມະໂນຄົວ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>ຜົວ ຫຼື ເມຍ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ລູກ</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>ພໍ່ ຫຼື ແມ່</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>ອ້າຍ, ເອື້ອຍ ຫຼື ນ້ອງ</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>ຫຼານ</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>ຍາດພີ່ນ້ອງອື່ນ</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>ບໍ່ແມ່ນຍາດພີ່ນ້ອງ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>ລາຍນິ້ວມື</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>ດ້ວຍປາກເປົ່າ, ມີພະຍານ</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>ເງິນສົດ</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>ເງິນຜ່ານມືຖື</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>ໂອນຜ່ານທະນາຄານ</translation>
    </message>
    <message>
        <source>Saved on this laptop</source>
        <translation>ບັນທຶກໄວ້ໃນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ຮັບແລ້ວ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ຕ້ອງກວດເບິ່ງ</translation>
    </message>
    <message>
        <source>Saved on this laptop, not sent to the central office yet.</source>
        <translation>ບັນທຶກໄວ້ໃນຄອມພິວເຕີນີ້, ຍັງບໍ່ທັນສົ່ງໄປສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>Sent to the central office, waiting for a member number.</source>
        <translation>ສົ່ງໄປສຳນັກງານໃຫຍ່ແລ້ວ, ກຳລັງລໍຖ້າເລກສະມາຊິກ.</translation>
    </message>
    <message>
        <source>Accepted by the central office with member number %1.</source>
        <translation>ສຳນັກງານໃຫຍ່ຮັບແລ້ວ ດ້ວຍເລກສະມາຊິກ %1.</translation>
    </message>
    <message>
        <source>Needs attention: the central office could not accept it.</source>
        <translation>ຕ້ອງກວດເບິ່ງ: ສຳນັກງານໃຫຍ່ບໍ່ສາມາດຮັບໄດ້.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>ຕ້ອງກວດເບິ່ງ: %1</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>ສປປ ລາວ</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>ເຄັນຢາ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>County</source>
        <translation>ຄາວຕີ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>ເຂດເລືອກຕັ້ງ</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>ວໍດ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ລາວ</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>ສະວາຮີລີ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ອັງກິດ</translation>
    </message>
</context>
<context>
    <name>MemberCardDocument</name>
    <message>
        <source>Member card</source>
        <translation>ບັດສະມາຊິກ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>ອັກສອນລາແຕັງ</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>ເລກສະມາຊິກ</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>ຍັງບໍ່ທັນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ເກີດ</translation>
    </message>
    <message>
        <source>The member card could not be written to %1.</source>
        <translation>ບໍ່ສາມາດຂຽນບັດສະມາຊິກໄປທີ່ %1 ໄດ້.</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>Clerk</source>
        <translation>ພະນັກງານ</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>ພະນັກງານລົງທະບຽນພາກສະໜາມ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ຜູ້ຄຸມງານ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
</context>
<context>
    <name>OperatorDirectory</name>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>ພະຍາຍາມຜິດຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າ %n ວິນາທີກ່ອນລອງໃໝ່.</numerusform>
            <numerusform>ພະຍາຍາມຜິດຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າ %n ວິນາທີກ່ອນລອງໃໝ່.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>ບັນຊີນີ້ຖືກລັອກຍ້ອນພະຍາຍາມຜິດຫຼາຍເທື່ອ. ຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບປົດລັອກ.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask an administrator if you need it again.</source>
        <translation>ບັນຊີນີ້ຖືກປິດການນຳໃຊ້. ຖາມຜູ້ບໍລິຫານລະບົບຖ້າທ່ານຕ້ອງການໃຊ້ອີກ.</translation>
    </message>
    <message>
        <source>This store has no operators yet. Create the first administrator.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ຍັງບໍ່ມີຜູ້ໃຊ້. ສ້າງຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ.</translation>
    </message>
    <message>
        <source>The session is no longer valid. Log in again.</source>
        <translation>ການເຂົ້າໃຊ້ນີ້ໝົດອາຍຸແລ້ວ. ເຂົ້າລະບົບອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ເຮັດສິ່ງນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>This account's record was altered outside FieldEnrol. Ask an administrator to reset its password.</source>
        <translation>ຂໍ້ມູນຂອງບັນຊີນີ້ຖືກດັດແປງຢູ່ນອກ FieldEnrol. ຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບຕັ້ງລະຫັດຜ່ານໃໝ່.</translation>
    </message>
    <message>
        <source>This account's key does not belong to this store. The store file may have been altered.</source>
        <translation>ກະແຈຂອງບັນຊີນີ້ບໍ່ແມ່ນຂອງບ່ອນເກັບຂໍ້ມູນນີ້. ໄຟລ໌ບ່ອນເກັບຂໍ້ມູນອາດຖືກດັດແປງ.</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ຄົນນີ້.</translation>
    </message>
    <message>
        <source>Enter the operator's name (1 to 100 characters).</source>
        <translation>ປ້ອນຊື່ຂອງຜູ້ໃຊ້ (1 ຫາ 100 ຕົວອັກສອນ).</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters or digits (any script), and may contain . _ -</source>
        <translation>ຊື່ຜູ້ໃຊ້ມີ 2 ຫາ 64 ຕົວອັກສອນ ຫຼື ຕົວເລກ (ພາສາໃດກໍໄດ້), ແລະ ອາດມີ . _ -</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ %n ຕົວອັກສອນ.</numerusform>
            <numerusform>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ %n ຕົວອັກສອນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password can have at most %n characters.</source>
        <translation>
            <numerusform>ລະຫັດຜ່ານມີໄດ້ຫຼາຍສຸດ %n ຕົວອັກສອນ.</numerusform>
            <numerusform>ລະຫັດຜ່ານມີໄດ້ຫຼາຍສຸດ %n ຕົວອັກສອນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>ລະຫັດຜ່ານຕ້ອງບໍ່ແມ່ນຊື່ຜູ້ໃຊ້.</translation>
    </message>
    <message>
        <source>The store's data key is not valid.</source>
        <translation>ກະແຈຂໍ້ມູນຂອງບ່ອນເກັບຂໍ້ມູນບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>This store already has an administrator.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ມີຜູ້ບໍລິຫານລະບົບແລ້ວ.</translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>ຊື່ຜູ້ໃຊ້ນີ້ມີຄົນໃຊ້ແລ້ວ. ເລືອກຊື່ອື່ນ.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account. Ask another administrator.</source>
        <translation>ທ່ານບໍ່ສາມາດເຮັດສິ່ງນີ້ກັບບັນຊີຂອງຕົນເອງໄດ້. ຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບຄົນອື່ນ.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>ລະຫັດຜ່ານໃໝ່ຕ້ອງແຕກຕ່າງຈາກລະຫັດເກົ່າ.</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>ລະຫັດກູ້ຄືນບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>This user name is not an administrator of this store.</source>
        <translation>ຊື່ຜູ້ໃຊ້ນີ້ບໍ່ແມ່ນຜູ້ບໍລິຫານລະບົບຂອງບ່ອນເກັບຂໍ້ມູນນີ້.</translation>
    </message>
</context>
<context>
    <name>Payload</name>
    <message>
        <source>The stored record is damaged (%1).</source>
        <translation>ຂໍ້ມູນທີ່ບັນທຶກໄວ້ເສຍຫາຍ (%1).</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Payment receipt</source>
        <translation>ໃບຮັບເງິນສົມທົບ</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>ເລກທີໃບຮັບເງິນ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>ເລກສະມາຊິກ</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>ຍັງບໍ່ທັນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>ລະບົບ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ຫາ %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ຈ່າຍດ້ວຍ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ບັນທຶກໂດຍ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>ຍົກເລີກແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Keep this receipt. The code identifies the payment: scan it to check the payment with the scheme.</source>
        <translation>ເກັບໃບຮັບເງິນນີ້ໄວ້. ລະຫັດນີ້ລະບຸການຈ່າຍເງິນ: ສະແກນເພື່ອກວດສອບການຈ່າຍເງິນກັບລະບົບ.</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>ໃບຮັບເງິນສົມທົບ %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>ບໍ່ສາມາດຂຽນໃບຮັບເງິນໄປທີ່ %1 ໄດ້.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full. Nothing was saved: free some space and try again.</source>
        <translation>ດິສກ໌ເຕັມ. ບໍ່ມີຫຍັງຖືກບັນທຶກ: ລຶບບາງຢ່າງອອກ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The store %1 can only be read, not written. Nothing was saved: check the disk or the file's permissions.</source>
        <translation>ຖານຂໍ້ມູນ %1 ອ່ານໄດ້ຢ່າງດຽວ, ຂຽນບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກບັນທຶກ: ກວດເບິ່ງດິສກ໌ ຫຼື ສິດຂອງໄຟລ໌.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened. Check that the folder exists and can be written.</source>
        <translation>ບໍ່ສາມາດເປີດຖານຂໍ້ມູນ %1 ໄດ້. ກວດເບິ່ງວ່າໂຟນເດີມີຢູ່ ແລະ ຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>%1 is not a FieldEnrol store (or it is encrypted with another key). It was left unchanged.</source>
        <translation>%1 ບໍ່ແມ່ນຖານຂໍ້ມູນ FieldEnrol (ຫຼື ຖືກເຂົ້າລະຫັດດ້ວຍກະແຈອື່ນ). ມັນບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The store %1 is damaged. Restore it from a backup; the damaged file was left unchanged.</source>
        <translation>ຖານຂໍ້ມູນ %1 ເສຍຫາຍ. ກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ; ໄຟລ໌ທີ່ເສຍຫາຍບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>ຖານຂໍ້ມູນກຳລັງຖືກໃຊ້ໂດຍໂປຣແກຣມອື່ນ. ປິດມັນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved: check the disk and try again.</source>
        <translation>ດິສກ໌ແຈ້ງຂໍ້ຜິດພາດ. ບໍ່ມີຫຍັງຖືກບັນທຶກ: ກວດເບິ່ງດິສກ໌ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>The change conflicts with a record already saved.</source>
        <translation>ການປ່ຽນແປງນີ້ຂັດກັບຂໍ້ມູນທີ່ບັນທຶກໄວ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>The store reported an unexpected error (%1). Nothing was saved.</source>
        <translation>ຖານຂໍ້ມູນແຈ້ງຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ (%1). ບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or open the existing store.</source>
        <translation>%1 ມີຢູ່ແລ້ວ. ເລືອກຊື່ໄຟລ໌ອື່ນ, ຫຼື ເປີດຖານຂໍ້ມູນທີ່ມີຢູ່.</translation>
    </message>
    <message>
        <source>Give the device a name of 1 to 64 characters, e.g. "Xaythany team 2".</source>
        <translation>ຕັ້ງຊື່ອຸປະກອນ 1 ຫາ 64 ຕົວອັກສອນ, ເຊັ່ນ "ທີມໄຊທານີ 2".</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one first (fieldenrolctl init).</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນທີ່ %1. ສ້າງກ່ອນ (fieldenrolctl init).</translation>
    </message>
    <message>
        <source>This store was written by a newer FieldEnrol (schema %1; this version knows %2). Update FieldEnrol; the store was left unchanged.</source>
        <translation>ຖານຂໍ້ມູນນີ້ຖືກຂຽນໂດຍ FieldEnrol ລຸ້ນໃໝ່ກວ່າ (ໂຄງສ້າງ %1; ລຸ້ນນີ້ຮູ້ຈັກ %2). ອັບເດດ FieldEnrol; ຖານຂໍ້ມູນບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>%1 is not a FieldEnrol store. It was left unchanged.</source>
        <translation>%1 ບໍ່ແມ່ນຖານຂໍ້ມູນ FieldEnrol. ມັນບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>This record was already saved.</source>
        <translation>ຂໍ້ມູນນີ້ຖືກບັນທຶກແລ້ວ.</translation>
    </message>
    <message>
        <source>A member with this document number is already registered.</source>
        <translation>ມີສະມາຊິກທີ່ໃຊ້ເລກເອກະສານນີ້ລົງທະບຽນແລ້ວ.</translation>
    </message>
    <message>
        <source>Give a reason for the correction.</source>
        <translation>ໃຫ້ເຫດຜົນຂອງການແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>ບໍ່ມີສະມາຊິກຄົນນີ້.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Reopen it and try again.</source>
        <translation>ມີຄົນອື່ນປ່ຽນແປງຂໍ້ມູນນີ້ໃນລະຫວ່າງນີ້. ເປີດມັນຄືນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Choose a registered member.</source>
        <translation>ເລືອກສະມາຊິກທີ່ລົງທະບຽນແລ້ວ.</translation>
    </message>
    <message>
        <source>This payment was already saved.</source>
        <translation>ການຈ່າຍເງິນນີ້ຖືກບັນທຶກແລ້ວ.</translation>
    </message>
    <message>
        <source>This mobile-money code was already used for another payment.</source>
        <translation>ລະຫັດເງິນມືຖືນີ້ຖືກໃຊ້ສຳລັບການຈ່າຍເງິນອື່ນແລ້ວ.</translation>
    </message>
    <message>
        <source>Give a reason for voiding the payment.</source>
        <translation>ໃຫ້ເຫດຜົນຂອງການຍົກເລີກການຈ່າຍເງິນ.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>ບໍ່ມີການຈ່າຍເງິນນີ້.</translation>
    </message>
    <message>
        <source>This payment was already voided.</source>
        <translation>ການຈ່າຍເງິນນີ້ຖືກຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Someone else changed this payment meanwhile. Reopen it and try again.</source>
        <translation>ມີຄົນອື່ນປ່ຽນແປງການຈ່າຍເງິນນີ້ໃນລະຫວ່າງນີ້. ເປີດມັນຄືນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>ການກວດສອບຄວາມຖືກຕ້ອງຂອງ SQLite: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing record.</source>
        <translation>ແຖວໜຶ່ງຂອງ %1 ອ້າງອີງເຖິງຂໍ້ມູນທີ່ບໍ່ມີ.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>ລາຍການກວດສອບ %1 ຫາຍໄປ.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>ລາຍການກວດສອບ %1 ຖືກດັດແປງ.</translation>
    </message>
    <message>
        <source>The audit log was cut short: its last entries are missing.</source>
        <translation>ບັນທຶກການກວດສອບຖືກຕັດ: ລາຍການສຸດທ້າຍຫາຍໄປ.</translation>
    </message>
    <message>
        <source>%1 %2 has no history entry for its current version.</source>
        <translation>%1 %2 ບໍ່ມີປະຫວັດສຳລັບສະບັບປັດຈຸບັນ.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: its payload is damaged.</source>
        <translation>ບໍ່ສາມາດອ່ານ %1 %2 ໄດ້: ຂໍ້ມູນເສຍຫາຍ.</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries belong to no record.</source>
        <translation>
            <numerusform>ມີປະຫວັດ %n ລາຍການທີ່ບໍ່ເປັນຂອງຂໍ້ມູນໃດ.</numerusform>
            <numerusform>ມີປະຫວັດ %n ລາຍການທີ່ບໍ່ເປັນຂອງຂໍ້ມູນໃດ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved versions have no matching outbox entry.</source>
        <translation>
            <numerusform>ມີ %n ສະບັບທີ່ບັນທຶກໄວ້ທີ່ບໍ່ມີລາຍການລໍຖ້າສົ່ງທີ່ກົງກັນ.</numerusform>
            <numerusform>ມີ %n ສະບັບທີ່ບັນທຶກໄວ້ທີ່ບໍ່ມີລາຍການລໍຖ້າສົ່ງທີ່ກົງກັນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries belong to no saved version.</source>
        <translation>
            <numerusform>ມີລາຍການລໍຖ້າສົ່ງ %n ລາຍການທີ່ບໍ່ເປັນຂອງສະບັບໃດ.</numerusform>
            <numerusform>ມີລາຍການລໍຖ້າສົ່ງ %n ລາຍການທີ່ບໍ່ເປັນຂອງສະບັບໃດ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-up entries belong to no record.</source>
        <translation>
            <numerusform>ມີລາຍການຄົ້ນຫາ %n ລາຍການທີ່ບໍ່ເປັນຂອງຂໍ້ມູນໃດ.</numerusform>
            <numerusform>ມີລາຍການຄົ້ນຫາ %n ລາຍການທີ່ບໍ່ເປັນຂອງຂໍ້ມູນໃດ.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such open flag.</source>
        <translation>ບໍ່ມີການແຈ້ງເຕືອນທີ່ເປີດຢູ່ນີ້.</translation>
    </message>
    <message>
        <source>%1 %2 holds the payload of another record.</source>
        <translation>%1 %2 ມີຂໍ້ມູນຂອງລາຍການອື່ນ.</translation>
    </message>
    <message>
        <source>There is no duplicate decision to record.</source>
        <translation>ບໍ່ມີການຕັດສິນເລື່ອງຂໍ້ມູນຊ້ຳທີ່ຈະບັນທຶກ.</translation>
    </message>
    <message>
        <source>A row of the batch could not be saved; the batch is saved again row by row.</source>
        <translation>ບໍ່ສາມາດບັນທຶກແຖວໜຶ່ງຂອງຊຸດນີ້ໄດ້; ຊຸດນີ້ຈະຖືກບັນທຶກຄືນໃໝ່ເທື່ອລະແຖວ.</translation>
    </message>
    <message>
        <source>%1 %2 does not match its history: its payload was changed outside FieldEnrol.</source>
        <translation>%1 %2 ບໍ່ກົງກັບປະຫວັດຂອງມັນ: ເນື້ອໃນຂອງມັນຖືກປ່ຽນຢູ່ນອກ FieldEnrol.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions of records lost their content.</source>
        <translation>
            <numerusform>ສະບັບກ່ອນໜ້າຂອງບັນທຶກ %n ສະບັບໄດ້ສູນເສຍເນື້ອໃນ.</numerusform>
            <numerusform>ສະບັບກ່ອນໜ້າຂອງບັນທຶກ %n ສະບັບໄດ້ສູນເສຍເນື້ອໃນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in to open the store.</source>
        <translation>ເຂົ້າລະບົບເພື່ອເປີດບ່ອນເກັບຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>This store is not encrypted yet: an administrator must set up its encryption first.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ຍັງບໍ່ໄດ້ເຂົ້າລະຫັດ: ຜູ້ບໍລິຫານລະບົບຕ້ອງຕັ້ງການເຂົ້າລະຫັດກ່ອນ.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ເຮັດສິ່ງນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>This store is already encrypted.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນນີ້ເຂົ້າລະຫັດແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>No store is open. Open or create one first.</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນເປີດຢູ່. ເປີດ ຫຼື ສ້າງກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>This enrolment code is not valid. Check it with your supervisor.</source>
        <translation>ລະຫັດລົງທະບຽນອຸປະກອນນີ້ບໍ່ຖືກຕ້ອງ. ກວດສອບກັບຫົວໜ້າຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>This enrolment code was used already. Ask your supervisor for a new one.</source>
        <translation>ລະຫັດລົງທະບຽນອຸປະກອນນີ້ຖືກໃຊ້ແລ້ວ. ຂໍລະຫັດໃໝ່ຈາກຫົວໜ້າຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your supervisor for a new one.</source>
        <translation>ລະຫັດລົງທະບຽນອຸປະກອນນີ້ໝົດອາຍຸແລ້ວ. ຂໍລະຫັດໃໝ່ຈາກຫົວໜ້າຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>The enrolment code is for another country than this device's store.</source>
        <translation>ລະຫັດລົງທະບຽນອຸປະກອນນີ້ເປັນຂອງປະເທດອື່ນ, ບໍ່ແມ່ນປະເທດຂອງຖານຂໍ້ມູນໃນອຸປະກອນນີ້.</translation>
    </message>
    <message>
        <source>The central office cannot be reached. Check the address and the network, and try again later.</source>
        <translation>ບໍ່ສາມາດຕິດຕໍ່ສຳນັກງານໃຫຍ່ໄດ້. ກວດເບິ່ງທີ່ຢູ່ ແລະ ເຄືອຂ່າຍ, ແລ້ວລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>The central office's certificate is not trusted: check the certificate authority file in Settings.</source>
        <translation>ໃບຢັ້ງຢືນຂອງສຳນັກງານໃຫຍ່ບໍ່ໜ້າເຊື່ອຖື: ກວດເບິ່ງໄຟລ໌ຜູ້ອອກໃບຢັ້ງຢືນໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <source>The central office's address is not valid.</source>
        <translation>ທີ່ຢູ່ຂອງສຳນັກງານໃຫຍ່ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the central office yet: enrol it in Settings.</source>
        <translation>ອຸປະກອນນີ້ຍັງບໍ່ທັນລົງທະບຽນກັບສຳນັກງານໃຫຍ່: ລົງທະບຽນໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <source>The central office did not accept this device's credential. Enrol the device again.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບຂໍ້ມູນຢັ້ງຢືນຕົວຕົນຂອງອຸປະກອນນີ້. ລົງທະບຽນອຸປະກອນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The central office did not accept the supervisor credential.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບຂໍ້ມູນຢັ້ງຢືນຕົວຕົນຂອງຫົວໜ້າ.</translation>
    </message>
    <message>
        <source>The record belongs to a district this device or supervisor may not send or see.</source>
        <translation>ຂໍ້ມູນນີ້ເປັນຂອງເມືອງທີ່ອຸປະກອນ ຫຼື ຫົວໜ້ານີ້ບໍ່ມີສິດສົ່ງ ຫຼື ເບິ່ງ.</translation>
    </message>
    <message>
        <source>The central office is busy. It will be tried again shortly.</source>
        <translation>ສຳນັກງານໃຫຍ່ກຳລັງຫຍຸ້ງ. ຈະລອງໃໝ່ໃນອີກບໍ່ດົນ.</translation>
    </message>
    <message>
        <source>There is nothing to export: every record was sent.</source>
        <translation>ບໍ່ມີຫຍັງທີ່ຈະສົ່ງອອກ: ຂໍ້ມູນທັງໝົດຖືກສົ່ງແລ້ວ.</translation>
    </message>
    <message>
        <source>The file cannot be written or read. Check the USB stick and try again.</source>
        <translation>ບໍ່ສາມາດຂຽນ ຫຼື ອ່ານໄຟລ໌ໄດ້. ກວດເບິ່ງ USB ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>This is not an acknowledgement from this device's central office, or it is damaged.</source>
        <translation>ນີ້ບໍ່ແມ່ນໃບຕອບຮັບຈາກສຳນັກງານໃຫຍ່ຂອງອຸປະກອນນີ້, ຫຼື ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <source>This acknowledgement is for another device.</source>
        <translation>ໃບຕອບຮັບນີ້ເປັນຂອງອຸປະກອນອື່ນ.</translation>
    </message>
    <message>
        <source>This flag was resolved already.</source>
        <translation>ການແຈ້ງເຕືອນນີ້ຖືກຕັດສິນແລ້ວ.</translation>
    </message>
    <message>
        <source>The central office refused the request (%1).</source>
        <translation>ສຳນັກງານໃຫຍ່ປະຕິເສດຄຳຮ້ອງ (%1).</translation>
    </message>
    <message>
        <source>The central office refused the request: %1</source>
        <translation>ສຳນັກງານໃຫຍ່ປະຕິເສດຄຳຮ້ອງ: %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Year %1 of the Buddhist era was converted to %2.</source>
        <translation>ປີ ພ.ສ. %1 ຖືກປ່ຽນເປັນ ຄ.ສ. %2.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>ຕ້ອງໃສ່ຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>Contains characters that cannot be stored.</source>
        <translation>ມີຕົວອັກສອນທີ່ບັນທຶກບໍ່ໄດ້.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>ບໍ່ເກີນ %n ຕົວອັກສອນ.</numerusform>
            <numerusform>ບໍ່ເກີນ %n ຕົວອັກສອນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>ຊື່ບໍ່ສາມາດມີຕົວເລກ.</translation>
    </message>
    <message>
        <source>The Latin form must be written in Latin letters.</source>
        <translation>ຮູບແບບລາແຕັງຕ້ອງຂຽນດ້ວຍອັກສອນລາແຕັງ.</translation>
    </message>
    <message>
        <source>Enter a date of birth, or at least the year.</source>
        <translation>ປ້ອນວັນເດືອນປີເກີດ, ຫຼື ຢ່າງໜ້ອຍປີເກີດ.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>ວັນເກີດບໍ່ສາມາດເປັນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>The date of birth is before %1.</source>
        <translation>ວັນເກີດກ່ອນປີ %1.</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>ເລືອກປະເພດເອກະສານ.</translation>
    </message>
    <message>
        <source>This kind of document is not issued in this country.</source>
        <translation>ເອກະສານປະເພດນີ້ບໍ່ໄດ້ອອກໃນປະເທດນີ້.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>ປ້ອນເລກທີເອກະສານ.</translation>
    </message>
    <message>
        <source>A national ID number has up to 8 digits.</source>
        <translation>ເລກບັດປະຈຳຕົວມີບໍ່ເກີນ 8 ຕົວເລກ.</translation>
    </message>
    <message>
        <source>A Maisha Namba has up to 14 digits.</source>
        <translation>Maisha Namba ມີບໍ່ເກີນ 14 ຕົວເລກ.</translation>
    </message>
    <message>
        <source>A refugee ID has 4 to 20 letters, digits, '/' or '-'.</source>
        <translation>ບັດຜູ້ອົບພະຍົບມີ 4 ຫາ 20 ຕົວອັກສອນ, ຕົວເລກ, '/' ຫຼື '-'.</translation>
    </message>
    <message>
        <source>A KRA PIN is A or P, nine digits and a letter, e.g. A123456789B.</source>
        <translation>KRA PIN ແມ່ນ A ຫຼື P, ເກົ້າຕົວເລກ ແລະ ຕົວອັກສອນໜຶ່ງ, ເຊັ່ນ A123456789B.</translation>
    </message>
    <message>
        <source>Choose the province that issued the document.</source>
        <translation>ເລືອກແຂວງທີ່ອອກເອກະສານ.</translation>
    </message>
    <message>
        <source>Unknown province.</source>
        <translation>ບໍ່ຮູ້ຈັກແຂວງນີ້.</translation>
    </message>
    <message>
        <source>This district is not in the issuing province.</source>
        <translation>ເມືອງນີ້ບໍ່ຢູ່ໃນແຂວງທີ່ອອກເອກະສານ.</translation>
    </message>
    <message>
        <source>Choose a province.</source>
        <translation>ເລືອກແຂວງ.</translation>
    </message>
    <message>
        <source>Choose a county.</source>
        <translation>ເລືອກຄາວຕີ.</translation>
    </message>
    <message>
        <source>Unknown province code.</source>
        <translation>ບໍ່ຮູ້ຈັກລະຫັດແຂວງນີ້.</translation>
    </message>
    <message>
        <source>Unknown county code.</source>
        <translation>ບໍ່ຮູ້ຈັກລະຫັດຄາວຕີນີ້.</translation>
    </message>
    <message>
        <source>Choose a district of this province.</source>
        <translation>ເລືອກເມືອງຂອງແຂວງນີ້.</translation>
    </message>
    <message>
        <source>Choose a constituency of this county.</source>
        <translation>ເລືອກເຂດເລືອກຕັ້ງຂອງຄາວຕີນີ້.</translation>
    </message>
    <message>
        <source>Choose a ward of this constituency.</source>
        <translation>ເລືອກວໍດຂອງເຂດເລືອກຕັ້ງນີ້.</translation>
    </message>
    <message>
        <source>Amounts must be in %1.</source>
        <translation>ຈຳນວນເງິນຕ້ອງເປັນ %1.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>ຈຳນວນເງິນບໍ່ສາມາດຕິດລົບ.</translation>
    </message>
    <message>
        <source>The amount is implausibly large.</source>
        <translation>ຈຳນວນເງິນໃຫຍ່ເກີນຄວາມເປັນຈິງ.</translation>
    </message>
    <message>
        <source>Enter a Kenyan mobile number, e.g. 0712 345 678.</source>
        <translation>ປ້ອນເບີມືຖືເຄັນຢາ, ເຊັ່ນ 0712 345 678.</translation>
    </message>
    <message>
        <source>Enter a Lao mobile number, e.g. 020 5555 1234.</source>
        <translation>ປ້ອນເບີມືຖືລາວ, ເຊັ່ນ 020 5555 1234.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n household members.</source>
        <translation>
            <numerusform>ບໍ່ເກີນ %n ຄົນໃນຄອບຄົວ.</numerusform>
            <numerusform>ບໍ່ເກີນ %n ຄົນໃນຄອບຄົວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown scheme for this country.</source>
        <translation>ບໍ່ຮູ້ຈັກລະບົບນີ້ສຳລັບປະເທດນີ້.</translation>
    </message>
    <message>
        <source>The member is already enrolled in this scheme.</source>
        <translation>ສະມາຊິກເຂົ້າຮ່ວມລະບົບນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>The enrolment date cannot be in the future.</source>
        <translation>ວັນທີເຂົ້າຮ່ວມບໍ່ສາມາດເປັນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>%1 is open to ages %2 to %3; the member is %4.</source>
        <translation>%1 ເປີດຮັບອາຍຸ %2 ຫາ %3 ປີ; ສະມາຊິກອາຍຸ %4 ປີ.</translation>
    </message>
    <message>
        <source>%1 is open from age %2; the member is %3.</source>
        <translation>%1 ເປີດຮັບຕັ້ງແຕ່ອາຍຸ %2 ປີ; ສະມາຊິກອາຍຸ %3 ປີ.</translation>
    </message>
    <message>
        <source>Record when consent was given.</source>
        <translation>ບັນທຶກເວລາທີ່ໃຫ້ການຍິນຍອມ.</translation>
    </message>
    <message>
        <source>Consent cannot be in the future.</source>
        <translation>ການຍິນຍອມບໍ່ສາມາດເປັນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>The member is not enrolled in %1.</source>
        <translation>ສະມາຊິກບໍ່ໄດ້ເຂົ້າຮ່ວມ %1.</translation>
    </message>
    <message>
        <source>Enter the period the payment covers.</source>
        <translation>ປ້ອນໄລຍະເວລາທີ່ການຈ່າຍເງິນນີ້ຄຸ້ມຄອງ.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>ໄລຍະເວລາສິ້ນສຸດກ່ອນເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <source>A payment covers at most one year.</source>
        <translation>ການຈ່າຍເງິນຄັ້ງໜຶ່ງຄຸ້ມຄອງໄດ້ບໍ່ເກີນໜຶ່ງປີ.</translation>
    </message>
    <message>
        <source>Payments can be made at most a year ahead.</source>
        <translation>ຈ່າຍລ່ວງໜ້າໄດ້ບໍ່ເກີນໜຶ່ງປີ.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>ຈຳນວນເງິນຕ້ອງຫຼາຍກວ່າສູນ.</translation>
    </message>
    <message>
        <source>The scheme expects %1 %2: give a reason for a different amount.</source>
        <translation>ລະບົບຄາດໄວ້ %1 %2: ໃຫ້ເຫດຜົນສຳລັບຈຳນວນເງິນທີ່ແຕກຕ່າງ.</translation>
    </message>
    <message>
        <source>A mobile-money code has 10 to 12 letters and digits, e.g. QGH7XK2M9P.</source>
        <translation>ລະຫັດເງິນມືຖືມີ 10 ຫາ 12 ຕົວອັກສອນ ແລະ ຕົວເລກ, ເຊັ່ນ QGH7XK2M9P.</translation>
    </message>
    <message>
        <source>The photo is not a complete JPEG image.</source>
        <translation>ຮູບຖ່າຍບໍ່ແມ່ນຮູບ JPEG ທີ່ຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <source>The photo is %1 KB; at most %2 KB fits on a record.</source>
        <translation>ຮູບຖ່າຍມີຂະໜາດ %1 KB; ບັນທຶກໜຶ່ງຮັບໄດ້ສູງສຸດ %2 KB.</translation>
    </message>
</context>
<context>
    <name>fe::app::AboutDialog</name>
    <message>
        <source>About FieldEnrol</source>
        <translation>ກ່ຽວກັບ FieldEnrol</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldEnrol %1&lt;/h3&gt;&lt;p&gt;Offline-first registration of informal-economy workers into social protection, and their contributions, for Lao PDR and Kenya.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Reference data: see SOURCES.md (GeoNames CC BY 4.0, ke-locations-data MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldEnrol %1&lt;/h3&gt;&lt;p&gt;ການລົງທະບຽນແຮງງານນອກລະບົບເຂົ້າໃນລະບົບປະກັນສັງຄົມ ແລະ ການບັນທຶກເງິນສົມທົບ, ໃຊ້ໄດ້ເຖິງວ່າບໍ່ມີອິນເຕີເນັດ, ສຳລັບ ສປປ ລາວ ແລະ ເຄັນຢາ.&lt;/p&gt;&lt;p&gt;ສ້າງດ້ວຍ Qt %2. ຂໍ້ມູນອ້າງອີງ: ເບິ່ງ SOURCES.md (GeoNames CC BY 4.0, ke-locations-data MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fe::app::AppController</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>ບໍ່ສາມາດເປີດຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <source>%1

Set up a new store instead? The file that failed is left as it is.</source>
        <translation>%1

ສ້າງຖານຂໍ້ມູນໃໝ່ແທນບໍ່? ໄຟລ໌ທີ່ເປີດບໍ່ໄດ້ຈະຖືກປະໄວ້ຄືເກົ່າ.</translation>
    </message>
</context>
<context>
    <name>fe::app::CameraDialog</name>
    <message>
        <source>Take the member's photo</source>
        <translation>ຖ່າຍຮູບສະມາຊິກ</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>ຖ່າຍຮູບ(&amp;T)</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Close this window and choose a photo file instead.</source>
        <translation>ບໍ່ພົບກ້ອງຖ່າຍຮູບໃນຄອມພິວເຕີນີ້. ປິດໜ້າຕ່າງນີ້ ແລ້ວເລືອກໄຟລ໌ຮູບແທນ.</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be in use by another program). Close this window and choose a photo file instead.</source>
        <translation>ໃຊ້ກ້ອງຖ່າຍຮູບບໍ່ໄດ້ (ອາດມີໂປຣແກຣມອື່ນກຳລັງໃຊ້ຢູ່). ປິດໜ້າຕ່າງນີ້ ແລ້ວເລືອກໄຟລ໌ຮູບແທນ.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again, or choose a photo file instead.</source>
        <translation>ຖ່າຍຮູບບໍ່ສຳເລັດ. ລອງໃໝ່ອີກຄັ້ງ ຫຼື ເລືອກໄຟລ໌ຮູບແທນ.</translation>
    </message>
</context>
<context>
    <name>fe::app::CentralOfficeBox</name>
    <message>
        <source>Enter the central office's address, e.g. https://central.example.org.</source>
        <translation>ໃສ່ທີ່ຢູ່ຂອງສຳນັກງານໃຫຍ່, ເຊັ່ນ https://central.example.org.</translation>
    </message>
    <message>
        <source>Enter the enrolment code your supervisor gave you.</source>
        <translation>ໃສ່ລະຫັດລົງທະບຽນອຸປະກອນທີ່ຫົວໜ້າຂອງທ່ານໃຫ້.</translation>
    </message>
    <message>
        <source>Enrolling this device…</source>
        <translation>ກຳລັງລົງທະບຽນອຸປະກອນນີ້…</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>ສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>This device is enrolled for district %1 at %2.</source>
        <translation>ອຸປະກອນນີ້ລົງທະບຽນສຳລັບເມືອງ %1 ທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>This device is not enrolled yet: records stay on it until it is.</source>
        <translation>ອຸປະກອນນີ້ຍັງບໍ່ທັນລົງທະບຽນ: ຂໍ້ມູນຈະຢູ່ໃນອຸປະກອນນີ້ຈົນກວ່າຈະລົງທະບຽນ.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>ທີ່ຢູ່:</translation>
    </message>
    <message>
        <source>Certificate authority (https, PEM file):</source>
        <translation>ຜູ້ອອກໃບຢັ້ງຢືນ (https, ໄຟລ໌ PEM):</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>ລະຫັດລົງທະບຽນອຸປະກອນ:</translation>
    </message>
    <message>
        <source>Sync by itself:</source>
        <translation>ຊິງຂໍ້ມູນອັດຕະໂນມັດ:</translation>
    </message>
    <message>
        <source>Supervisor credential:</source>
        <translation>ຂໍ້ມູນຢັ້ງຢືນຕົວຕົນຂອງຫົວໜ້າ:</translation>
    </message>
    <message>
        <source>e.g. https://central.example.org</source>
        <translation>ເຊັ່ນ https://central.example.org</translation>
    </message>
    <message>
        <source>Enrol a&amp;gain</source>
        <translation>ລົງທະບຽນອີກຄັ້ງ(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>ລົງທະບຽນ(&amp;N)</translation>
    </message>
    <message>
        <source>Never (only "Sync now")</source>
        <translation>ບໍ່ເຄີຍ (ສະເພາະ "ຊິງຂໍ້ມູນດຽວນີ້")</translation>
    </message>
    <message>
        <source>On any link</source>
        <translation>ທຸກການເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <source>Not on metered links</source>
        <translation>ບໍ່ໃຊ້ການເຊື່ອມຕໍ່ທີ່ຄິດເງິນຕາມປະລິມານ</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>ບັນທຶກ(&amp;V)</translation>
    </message>
</context>
<context>
    <name>fe::app::ChartsPage</name>
    <message>
        <source>Reports</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <source>Registrations per day</source>
        <translation>ການລົງທະບຽນຕໍ່ມື້</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>ການລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Contributions by scheme (%1)</source>
        <translation>ເງິນສົມທົບຕາມລະບົບ (%1)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n payment(s)</source>
        <translation>
            <numerusform>%1: %2 ໃນ %n ຄັ້ງ</numerusform>
            <numerusform>%1: %2 ໃນ %n ຄັ້ງ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) registered on this laptop.</source>
        <translation>
            <numerusform>ສະມາຊິກ %n ຄົນລົງທະບຽນໃນຄອມພິວເຕີນີ້.</numerusform>
            <numerusform>ສະມາຊິກ %n ຄົນລົງທະບຽນໃນຄອມພິວເຕີນີ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ໂຫຼດຄືນໃໝ່(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
</context>
<context>
    <name>fe::app::ContributionTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ຫາ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>ຍົກເລີກແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ໃບຮັບເງິນ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>ລະບົບ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ຈ່າຍດ້ວຍ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>fe::app::ContributionsPage</name>
    <message>
        <source>Payments</source>
        <translation>ການຈ່າຍເງິນສົມທົບ</translation>
    </message>
    <message numerus="yes">
        <source>The scheme expects %1 for %n month(s).</source>
        <translation>
            <numerusform>ລະບົບຄາດໄວ້ %1 ສຳລັບ %n ເດືອນ.</numerusform>
            <numerusform>ລະບົບຄາດໄວ້ %1 ສຳລັບ %n ເດືອນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>This scheme takes any amount.</source>
        <translation>ລະບົບນີ້ຮັບຈຳນວນເງິນໃດກໍໄດ້.</translation>
    </message>
    <message>
        <source>Write the amount in %1 without decimals.</source>
        <translation>ຂຽນຈຳນວນເງິນເປັນ %1 ໂດຍບໍ່ມີຈຸດທົດສະນິຍົມ.</translation>
    </message>
    <message>
        <source>Write the amount in %1, e.g. 500 or 500.50.</source>
        <translation>ຂຽນຈຳນວນເງິນເປັນ %1, ເຊັ່ນ 500 ຫຼື 500.50.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ມີ %n ຊ່ອງທີ່ຕ້ອງກວດເບິ່ງ.</numerusform>
            <numerusform>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ມີ %n ຊ່ອງທີ່ຕ້ອງກວດເບິ່ງ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Payment of %1 saved on this laptop. Receipt number %2.</source>
        <translation>ບັນທຶກການຈ່າຍເງິນ %1 ໄວ້ໃນຄອມພິວເຕີນີ້ແລ້ວ. ເລກທີໃບຮັບເງິນ %2.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>ບັນທຶກໃບຮັບເງິນ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ໃບຮັບເງິນ</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>ບໍ່ສາມາດໃຊ້ເຄື່ອງພິມໄດ້.</translation>
    </message>
    <message>
        <source>Select the payment to void in the list first.</source>
        <translation>ເລືອກການຈ່າຍເງິນທີ່ຈະຍົກເລີກໃນລາຍການກ່ອນ.</translation>
    </message>
    <message>
        <source>This payment was already voided.</source>
        <translation>ການຈ່າຍເງິນນີ້ຖືກຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Void payment %1</source>
        <translation>ຍົກເລີກການຈ່າຍເງິນ %1</translation>
    </message>
    <message>
        <source>Why is this payment voided? The reason is kept with the payment and shown on its receipt.</source>
        <translation>ເປັນຫຍັງຈຶ່ງຍົກເລີກການຈ່າຍເງິນນີ້? ເຫດຜົນຈະຖືກເກັບໄວ້ກັບການຈ່າຍເງິນ ແລະ ສະແດງໃນໃບຮັບເງິນ.</translation>
    </message>
    <message>
        <source>Not voided: %1</source>
        <translation>ບໍ່ໄດ້ຍົກເລີກ: %1</translation>
    </message>
    <message>
        <source>Payment %1 is voided.</source>
        <translation>ການຈ່າຍເງິນ %1 ຖືກຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Find the m&amp;ember (name, document or phone)</source>
        <translation>ຊອກຫາສະມາຊິກ (ຊື່, ເອກະສານ ຫຼື ເບີໂທ)(&amp;E)</translation>
    </message>
    <message>
        <source>Type, then Enter to choose (Ctrl+F)</source>
        <translation>ພິມ ແລ້ວກົດ Enter ເພື່ອເລືອກ (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a member on the left.</source>
        <translation>ເລືອກສະມາຊິກທາງຊ້າຍ.</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>ລະບົບ(&amp;C)</translation>
    </message>
    <message>
        <source>First mon&amp;th</source>
        <translation>ເດືອນທຳອິດ(&amp;T)</translation>
    </message>
    <message>
        <source>Number of &amp;months</source>
        <translation>ຈຳນວນເດືອນ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>ຈຳນວນເງິນ (%1)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>ຈຳນວນເງິນ(&amp;A)</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>ຈ່າຍດ້ວຍ(&amp;B)</translation>
    </message>
    <message>
        <source>Mobile-money c&amp;ode</source>
        <translation>ລະຫັດເງິນມືຖື(&amp;O)</translation>
    </message>
    <message>
        <source>Bank &amp;reference</source>
        <translation>ເລກອ້າງອີງທະນາຄານ(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for a &amp;different amount</source>
        <translation>ເຫດຜົນທີ່ຈຳນວນເງິນແຕກຕ່າງ(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. QGH7XK2M9P</source>
        <translation>ເຊັ່ນ QGH7XK2M9P</translation>
    </message>
    <message>
        <source>&amp;Save payment (Ctrl+S)</source>
        <translation>ບັນທຶກການຈ່າຍເງິນ(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save receipt as &amp;PDF…</source>
        <translation>ບັນທຶກໃບຮັບເງິນເປັນ PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Pr&amp;int receipt…</source>
        <translation>ພິມໃບຮັບເງິນ(&amp;I)…</translation>
    </message>
    <message>
        <source>Payments of this member</source>
        <translation>ການຈ່າຍເງິນຂອງສະມາຊິກຄົນນີ້</translation>
    </message>
    <message>
        <source>Receipt of the selected payment…</source>
        <translation>ໃບຮັບເງິນຂອງການຈ່າຍທີ່ເລືອກ…</translation>
    </message>
    <message>
        <source>&amp;Void the selected payment…</source>
        <translation>ຍົກເລີກການຈ່າຍເງິນທີ່ເລືອກ(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>fe::app::DuplicateDialog</name>
    <message>
        <source>Possible duplicate registration</source>
        <translation>ອາດເປັນການລົງທະບຽນຊ້ຳ</translation>
    </message>
    <message>
        <source>This person may already be registered. Compare the records: open the existing record if it is the same person.</source>
        <translation>ບຸກຄົນນີ້ອາດລົງທະບຽນແລ້ວ. ກະລຸນາປຽບທຽບຂໍ້ມູນ: ຖ້າເປັນຄົນດຽວກັນ ໃຫ້ເປີດຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>This document number is already registered. Open the existing record instead of registering the person a second time.</source>
        <translation>ເລກເອກະສານນີ້ໄດ້ລົງທະບຽນແລ້ວ. ໃຫ້ເປີດຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ ແທນການລົງທະບຽນບຸກຄົນນີ້ເປັນຄັ້ງທີສອງ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>ຊື່ (ອັກສອນລາຕິນ)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ເກີດ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>ຄວາມຄ້າຍຄືກັນ</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>ການລົງທະບຽນນີ້</translation>
    </message>
    <message>
        <source>Existing record %1</source>
        <translation>ຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ %1</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>ເປີດຂໍ້ມູນທີ່ມີຢູ່ແລ້ວ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Different person — save</source>
        <translation>ຄົນລະຄົນ — ບັນທຶກ(&amp;D)</translation>
    </message>
    <message>
        <source>Exact match (%1/100)</source>
        <translation>ກົງກັນແທ້ (%1/100)</translation>
    </message>
    <message>
        <source>Probable match (%1/100)</source>
        <translation>ອາດກົງກັນ (%1/100)</translation>
    </message>
    <message>
        <source>%1 (year only)</source>
        <translation>%1 (ສະເພາະປີ)</translation>
    </message>
</context>
<context>
    <name>fe::app::EncryptionSetupWindow</name>
    <message>
        <source>FieldEnrol — set up encryption</source>
        <translation>FieldEnrol — ຕັ້ງການເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <source>The records in this store are not encrypted yet, so FieldEnrol does not show them. Create the administrator's account: their password will protect the records, and every operator will log in from now on. Setting up encryption takes a moment on a large store.</source>
        <translation>ຂໍ້ມູນໃນບ່ອນເກັບນີ້ຍັງບໍ່ໄດ້ເຂົ້າລະຫັດ, ສະນັ້ນ FieldEnrol ຈຶ່ງບໍ່ສະແດງ. ສ້າງບັນຊີຜູ້ບໍລິຫານລະບົບ: ລະຫັດຜ່ານຂອງເຂົາຈະປົກປ້ອງຂໍ້ມູນ, ແລະ ຕໍ່ໄປຜູ້ໃຊ້ທຸກຄົນຈະຕ້ອງເຂົ້າລະບົບ. ການຕັ້ງການເຂົ້າລະຫັດໃຊ້ເວລາໜ້ອຍໜຶ່ງສຳລັບບ່ອນເກັບຂໍ້ມູນໃຫຍ່.</translation>
    </message>
    <message>
        <source>&amp;Set up encryption</source>
        <translation>ຕັ້ງການເຂົ້າລະຫັດ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ສືບຕໍ່(&amp;C)</translation>
    </message>
</context>
<context>
    <name>fe::app::FirstRunWizard</name>
    <message>
        <source>Give this laptop a name of 1 to 64 characters, e.g. "Xaythany team 2".</source>
        <translation>ຕັ້ງຊື່ໃຫ້ຄອມພິວເຕີນີ້ 1 ຫາ 64 ຕົວອັກສອນ, ເຊັ່ນ "ທີມໄຊທານີ 2".</translation>
    </message>
    <message>
        <source>Folder for the store</source>
        <translation>ໂຟນເດີສຳລັບຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>The store will be the file %1</source>
        <translation>ຖານຂໍ້ມູນຈະເປັນໄຟລ໌ %1</translation>
    </message>
    <message>
        <source>Choose a folder for the store.</source>
        <translation>ເລືອກໂຟນເດີສຳລັບຖານຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>A store already exists there. Choose another folder.</source>
        <translation>ມີຖານຂໍ້ມູນຢູ່ບ່ອນນັ້ນແລ້ວ. ເລືອກໂຟນເດີອື່ນ.</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>ກຳລັງສ້າງຖານຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Set up FieldEnrol</source>
        <translation>ຕັ້ງຄ່າ FieldEnrol</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ຍິນດີຕ້ອນຮັບ</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>ຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Where to keep the records</source>
        <translation>ບ່ອນເກັບຮັກສາຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>FieldEnrol registers informal-economy workers for social protection and records their contributions, on this laptop, with or without a network. Answer a few questions to set it up.</source>
        <translation>FieldEnrol ລົງທະບຽນແຮງງານນອກລະບົບເຂົ້າປະກັນສັງຄົມ ແລະ ບັນທຶກເງິນສົມທົບຂອງເຂົາເຈົ້າ ໃນຄອມພິວເຕີນີ້, ມີ ຫຼື ບໍ່ມີເຄືອຂ່າຍກໍໄດ້. ຕອບຄຳຖາມບໍ່ເທົ່າໃດຂໍ້ເພື່ອຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>Country of the programme:</source>
        <translation>ປະເທດຂອງໂຄງການ:</translation>
    </message>
    <message>
        <source>Lao &amp;PDR (LSSO voluntary scheme)</source>
        <translation>ສປປ ລາວ (ປະກັນສັງຄົມແບບສະໝັກໃຈ ປກສ)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kenya (NSSF Haba Haba, SHA)</source>
        <translation>ເຄັນຢາ (NSSF Haba Haba, SHA)(&amp;K)</translation>
    </message>
    <message>
        <source>The name shows on receipts and tells the central office which laptop sent a record. Use the team or office name.</source>
        <translation>ຊື່ນີ້ຈະສະແດງໃນໃບຮັບເງິນ ແລະ ບອກສຳນັກງານໃຫຍ່ວ່າຄອມພິວເຕີໃດສົ່ງຂໍ້ມູນມາ. ໃຊ້ຊື່ທີມ ຫຼື ຊື່ຫ້ອງການ.</translation>
    </message>
    <message>
        <source>Na&amp;me of this laptop</source>
        <translation>ຊື່ຂອງຄອມພິວເຕີນີ້(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. Xaythany team 2</source>
        <translation>ເຊັ່ນ ທີມໄຊທານີ 2</translation>
    </message>
    <message>
        <source>&amp;Folder for the store (a disk of this laptop; backups go elsewhere):</source>
        <translation>ໂຟນເດີສຳລັບຖານຂໍ້ມູນ (ໃນດິສກ໌ຂອງຄອມພິວເຕີນີ້; ການສຳຮອງໃຫ້ເກັບໄວ້ບ່ອນອື່ນ):(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ເລືອກ(&amp;C)…</translation>
    </message>
    <message>
        <source>%1
Correct the address or the code and press Finish again, or press "Enrol later" and enrol from Settings when the central office can be reached.</source>
        <translation>%1
ແກ້ໄຂທີ່ຢູ່ ຫຼື ລະຫັດ ແລ້ວກົດສຳເລັດອີກຄັ້ງ, ຫຼື ກົດ "ລົງທະບຽນພາຍຫຼັງ" ແລ້ວລົງທະບຽນໃນການຕັ້ງຄ່າເມື່ອຕິດຕໍ່ສຳນັກງານໃຫຍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Enter the central office's address, e.g. https://central.example.org.</source>
        <translation>ໃສ່ທີ່ຢູ່ຂອງສຳນັກງານໃຫຍ່, ເຊັ່ນ https://central.example.org.</translation>
    </message>
    <message>
        <source>Enter the enrolment code your supervisor gave you.</source>
        <translation>ໃສ່ລະຫັດລົງທະບຽນອຸປະກອນທີ່ຫົວໜ້າຂອງທ່ານໃຫ້.</translation>
    </message>
    <message>
        <source>Enrolling this device…</source>
        <translation>ກຳລັງລົງທະບຽນອຸປະກອນນີ້…</translation>
    </message>
    <message>
        <source>The central office</source>
        <translation>ສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Records go to the central office when this laptop is enrolled with it. Enter its address and the enrolment code your supervisor gave you, or enrol later from Settings.</source>
        <translation>ຂໍ້ມູນຈະຖືກສົ່ງໄປສຳນັກງານໃຫຍ່ເມື່ອຄອມພິວເຕີນີ້ລົງທະບຽນກັບມັນແລ້ວ. ໃສ່ທີ່ຢູ່ ແລະ ລະຫັດລົງທະບຽນອຸປະກອນທີ່ຫົວໜ້າຂອງທ່ານໃຫ້, ຫຼື ລົງທະບຽນພາຍຫຼັງໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <source>&amp;Address of the central office</source>
        <translation>ທີ່ຢູ່ຂອງສຳນັກງານໃຫຍ່(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. https://central.example.org</source>
        <translation>ເຊັ່ນ https://central.example.org</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>ລະຫັດລົງທະບຽນອຸປະກອນ(&amp;C)</translation>
    </message>
    <message>
        <source>Enrol &amp;later</source>
        <translation>ລົງທະບຽນພາຍຫຼັງ(&amp;L)</translation>
    </message>
    <message>
        <source>Go back and correct the administrator's account.</source>
        <translation>ກັບຄືນ ແລະ ແກ້ໄຂບັນຊີຜູ້ບໍລິຫານລະບົບ.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>ລະຫັດກູ້ຄືນ</translation>
    </message>
    <message>
        <source>The administrator manages the operators of this laptop. Their password protects the records: FieldEnrol encrypts the store with it. Every operator logs in with their own user name and password.</source>
        <translation>ຜູ້ບໍລິຫານລະບົບຈັດການຜູ້ໃຊ້ຂອງຄອມພິວເຕີນີ້. ລະຫັດຜ່ານຂອງເຂົາປົກປ້ອງຂໍ້ມູນ: FieldEnrol ເຂົ້າລະຫັດບ່ອນເກັບຂໍ້ມູນດ້ວຍມັນ. ຜູ້ໃຊ້ທຸກຄົນເຂົ້າລະບົບດ້ວຍຊື່ຜູ້ໃຊ້ ແລະ ລະຫັດຜ່ານຂອງຕົນເອງ.</translation>
    </message>
</context>
<context>
    <name>fe::app::FlagsModel</name>
    <message>
        <source>Same identity document</source>
        <translation>ເອກະສານຢັ້ງຢືນຕົວຕົນດຽວກັນ</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>ຊື່ ແລະ ວັນເດືອນປີເກີດດຽວກັນ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Earlier record</source>
        <translation>ຂໍ້ມູນກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>ແຈ້ງເມື່ອ</translation>
    </message>
</context>
<context>
    <name>fe::app::FleetModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ວິ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ຊມ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ມື້</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (ຖືກຍົກເລີກ)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ກ່ອນ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>rejected %1, conflicts %2</source>
        <translation>ຖືກປະຕິເສດ %1, ຂັດແຍ່ງ %2</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>ກົງເວລາ</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>ໄວກວ່າ %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>ຊ້າກວ່າ %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>ຕິດຕໍ່ຄັ້ງສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>ຍັງບໍ່ສົ່ງ</translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation>ຄ້າງດົນທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>ຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>ໂມງ</translation>
    </message>
</context>
<context>
    <name>fe::app::HistoryModel</name>
    <message>
        <source>First registration</source>
        <translation>ການລົງທະບຽນຄັ້ງທຳອິດ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ສະບັບ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
</context>
<context>
    <name>fe::app::HouseholdModel</name>
    <message>
        <source>Given name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>ນາມສະກຸນ</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>ຄວາມສຳພັນ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Born (year or date)</source>
        <translation>ເກີດ (ປີ ຫຼື ວັນທີ)</translation>
    </message>
</context>
<context>
    <name>fe::app::LoginWindow</name>
    <message>
        <source>Enter your user name.</source>
        <translation>ປ້ອນຊື່ຜູ້ໃຊ້ຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ກຳລັງເຂົ້າລະບົບ…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>ລໍຖ້າ %n ວິນາທີກ່ອນລອງໃໝ່.</numerusform>
            <numerusform>ລໍຖ້າ %n ວິນາທີກ່ອນລອງໃໝ່.</numerusform>
        </translation>
    </message>
    <message>
        <source>FieldEnrol — log in</source>
        <translation>FieldEnrol — ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <source>Log in to open the records on this laptop.</source>
        <translation>ເຂົ້າລະບົບເພື່ອເປີດຂໍ້ມູນໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ຊື່ຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>ເຂົ້າລະບົບ(&amp;I)</translation>
    </message>
</context>
<context>
    <name>fe::app::MainWindow</name>
    <message>
        <source>FieldEnrol — %1 — %2</source>
        <translation>FieldEnrol — %1 — %2</translation>
    </message>
    <message>
        <source>FieldEnrol</source>
        <translation>FieldEnrol</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ໄຟລ໌(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FieldEnrol</source>
        <translation>ກ່ຽວກັບ FieldEnrol(&amp;A)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>ອຸປະກອນ: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນເປີດຢູ່</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>ກຳລັງເປີດຖານຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>ສົ່ງໝົດແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %Ln record(s), saved on this laptop.</source>
        <translation>
            <numerusform>ຍັງບໍ່ທັນສົ່ງ: %Ln ລາຍການ, ບັນທຶກໄວ້ໃນຄອມພິວເຕີນີ້.</numerusform>
            <numerusform>ຍັງບໍ່ທັນສົ່ງ: %Ln ລາຍການ, ບັນທຶກໄວ້ໃນຄອມພິວເຕີນີ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>ຫົວໜ້າ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Devices and duplicate flags</source>
        <translation>ອຸປະກອນ ແລະ ການແຈ້ງເຕືອນຊໍ້າກັນ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ລັອກ(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fe::app::MemberDetailDialog</name>
    <message>
        <source>Member</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>ບຸກຄົນ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>ຄອບຄົວ(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>ການຈ່າຍເງິນ(&amp;A)</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>ປະຫວັດ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>ແກ້ໄຂ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record a payment</source>
        <translation>ບັນທຶກການຈ່າຍເງິນ(&amp;R)</translation>
    </message>
    <message>
        <source>Member card as PD&amp;F…</source>
        <translation>ບັດສະມາຊິກເປັນ PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Pri&amp;nt card…</source>
        <translation>ພິມບັດ(&amp;N)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>ເລກສະມາຊິກ</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>ຍັງບໍ່ທັນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>ເກີດ</translation>
    </message>
    <message>
        <source>%1 (year only)</source>
        <translation>%1 (ສະເພາະປີ)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>ອາຊີບ</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>ລາຍຮັບຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <source>Household monthly income</source>
        <translation>ລາຍຮັບຄອບຄົວຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ເບີໂທລະສັບ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ທີ່ຢູ່</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 ຕັ້ງແຕ່ %2</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>ລະບົບ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ການຍິນຍອມ</translation>
    </message>
    <message>
        <source>%1, %2, read in %3</source>
        <translation>%1, %2, ອ່ານເປັນພາສາ%3</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ລົງທະບຽນເມື່ອ</translation>
    </message>
    <message>
        <source>The member is still loading.</source>
        <translation>ກຳລັງໂຫຼດຂໍ້ມູນສະມາຊິກ.</translation>
    </message>
    <message>
        <source>Save member card</source>
        <translation>ບັນທຶກບັດສະມາຊິກ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>ບັດສະມາຊິກ</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>ບໍ່ສາມາດໃຊ້ເຄື່ອງພິມໄດ້.</translation>
    </message>
    <message>
        <source>Member's photo</source>
        <translation>ຮູບຖ່າຍຂອງສະມາຊິກ</translation>
    </message>
</context>
<context>
    <name>fe::app::MemberListModel</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ຊື່ເປັນອັກສອນລາແຕັງ</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>ລະບົບ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ລົງທະບຽນເມື່ອ</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>ສະຖານະການສົ່ງ</translation>
    </message>
</context>
<context>
    <name>fe::app::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) found.</source>
        <translation>
            <numerusform>ພົບສະມາຊິກ %Ln ຄົນ.</numerusform>
            <numerusform>ພົບສະມາຊິກ %Ln ຄົນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading members… %1 so far.</source>
        <translation>ກຳລັງໂຫຼດສະມາຊິກ… ໄດ້ %1 ແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s) shown.</source>
        <translation>
            <numerusform>ສະແດງ %1 ຈາກສະມາຊິກ %Ln ຄົນ.</numerusform>
            <numerusform>ສະແດງ %1 ຈາກສະມາຊິກ %Ln ຄົນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ຊອກຫາ(&amp;S)</translation>
    </message>
    <message>
        <source>Name (either script), document number or phone number (Ctrl+F)</source>
        <translation>ຊື່ (ອັກສອນລາວ ຫຼື ລາແຕັງ), ເລກເອກະສານ ຫຼື ເບີໂທ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sche&amp;me</source>
        <translation>ລະບົບ(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;ync state</source>
        <translation>ສະຖານະການສົ່ງ(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>ເປີດຂໍ້ມູນສະມາຊິກ(&amp;O)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>ທຸກເຂດ</translation>
    </message>
    <message>
        <source>Any scheme</source>
        <translation>ທຸກລະບົບ</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
</context>
<context>
    <name>fe::app::OperatorForm</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ພິມລະຫັດຜ່ານດຽວກັນສອງເທື່ອ.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ຊື່ຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>ຊື່ເຕັມ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>ລະຫັດຜ່ານອີກເທື່ອ(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>ຢ່າງໜ້ອຍ %n ຕົວອັກສອນ</numerusform>
            <numerusform>ຢ່າງໜ້ອຍ %n ຕົວອັກສອນ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ບົດບາດ(&amp;R)</translation>
    </message>
</context>
<context>
    <name>fe::app::OperatorsPage</name>
    <message>
        <source>Operators</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 ສາມາດເຂົ້າລະບົບໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Select an operator in the list first.</source>
        <translation>ເລືອກຜູ້ໃຊ້ໃນລາຍການກ່ອນ.</translation>
    </message>
    <message>
        <source>The password of %1 was changed. Tell them the new one in person.</source>
        <translation>ລະຫັດຜ່ານຂອງ %1 ຖືກປ່ຽນແລ້ວ. ບອກລະຫັດໃໝ່ໃຫ້ເຂົາດ້ວຍຕົນເອງ.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 ບໍ່ສາມາດເຂົ້າລະບົບໄດ້ອີກ.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 ສາມາດເຂົ້າລະບົບໄດ້ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ໃຊ້ງານ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>ປິດການນຳໃຊ້</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ຖືກລັອກ</translation>
    </message>
    <message>
        <source>&amp;Operators of this laptop</source>
        <translation>ຜູ້ໃຊ້ຂອງຄອມພິວເຕີນີ້(&amp;O)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>ລະຫັດຜ່ານໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>ຕັ້ງລະຫັດຜ່ານໃໝ່(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>ປົດລັອກ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ລັອກ(&amp;K)</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>ເພີ່ມຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>ເພີ່ມຜູ້ໃຊ້(&amp;A)</translation>
    </message>
</context>
<context>
    <name>fe::app::PhotoField</name>
    <message>
        <source>The file is too large to be a photo (more than 40 MB).</source>
        <translation>ໄຟລ໌ໃຫຍ່ເກີນໄປສຳລັບຮູບຖ່າຍ (ເກີນ 40 MB).</translation>
    </message>
    <message>
        <source>This file cannot be read as an image. Choose a JPEG or PNG photo.</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ເປັນຮູບໄດ້. ເລືອກຮູບ JPEG ຫຼື PNG.</translation>
    </message>
    <message>
        <source>The photo could not be made small enough to keep with the record.</source>
        <translation>ບໍ່ສາມາດຫຍໍ້ຮູບໃຫ້ນ້ອຍພໍທີ່ຈະເກັບໄວ້ກັບບັນທຶກໄດ້.</translation>
    </message>
    <message>
        <source>Choose the member's photo</source>
        <translation>ເລືອກຮູບຖ່າຍຂອງສະມາຊິກ</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>ຮູບພາບ (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>ບໍ່ມີຮູບ</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>ເລືອກຮູບ…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>ລຶບຮູບອອກ</translation>
    </message>
    <message>
        <source>Member's photo</source>
        <translation>ຮູບຖ່າຍຂອງສະມາຊິກ</translation>
    </message>
    <message>
        <source>No picture arrived from the camera. Try again, or choose a photo file.</source>
        <translation>ບໍ່ໄດ້ຮັບຮູບຈາກກ້ອງຖ່າຍຮູບ. ລອງໃໝ່ອີກຄັ້ງ ຫຼື ເລືອກໄຟລ໌ຮູບ.</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>ຖ່າຍຮູບ…</translation>
    </message>
</context>
<context>
    <name>fe::app::RecoveryCodeView</name>
    <message>
        <source>FieldEnrol recovery code

%1

Keep this sheet locked away, apart from the laptop.</source>
        <translation>ລະຫັດກູ້ຄືນ FieldEnrol

%1

ເກັບເຈ້ຍນີ້ໄວ້ໃນບ່ອນປອດໄພ, ແຍກຈາກຄອມພິວເຕີ.</translation>
    </message>
    <message>
        <source>This is the store's recovery code. It is shown only now. If the administrator's password is forgotten, only this code opens the records again. Write it down or print it, and keep it locked away, apart from the laptop.</source>
        <translation>ນີ້ແມ່ນລະຫັດກູ້ຄືນຂອງບ່ອນເກັບຂໍ້ມູນ. ມັນສະແດງພຽງຄັ້ງນີ້ເທົ່ານັ້ນ. ຖ້າລືມລະຫັດຜ່ານຂອງຜູ້ບໍລິຫານລະບົບ, ມີແຕ່ລະຫັດນີ້ທີ່ເປີດຂໍ້ມູນໄດ້ອີກ. ຂຽນ ຫຼື ພິມມັນໄວ້, ແລະ ເກັບໄວ້ໃນບ່ອນປອດໄພ, ແຍກຈາກຄອມພິວເຕີ.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>ຂ້ອຍໄດ້ຂຽນໄວ້ແລ້ວ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ພິມ(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>fe::app::RegistrationPage</name>
    <message>
        <source>Register a worker</source>
        <translation>ລົງທະບຽນແຮງງານ</translation>
    </message>
    <message>
        <source>Any amount, paid whenever the member can.</source>
        <translation>ຈຳນວນເງິນໃດກໍໄດ້, ຈ່າຍເມື່ອສະມາຊິກສາມາດຈ່າຍໄດ້.</translation>
    </message>
    <message>
        <source>%1 % of the member's monthly income.</source>
        <translation>%1 % ຂອງລາຍຮັບຕໍ່ເດືອນຂອງສະມາຊິກ.</translation>
    </message>
    <message>
        <source>%1 % of the household's monthly income, at least %2.</source>
        <translation>%1 % ຂອງລາຍຮັບຄອບຄົວຕໍ່ເດືອນ, ຢ່າງໜ້ອຍ %2.</translation>
    </message>
    <message>
        <source>Expected contribution: %1 a month.</source>
        <translation>ເງິນສົມທົບທີ່ຄາດໄວ້: %1 ຕໍ່ເດືອນ.</translation>
    </message>
    <message>
        <source>Enter the income on the first step to see the expected contribution.</source>
        <translation>ປ້ອນລາຍຮັບໃນຂັ້ນຕອນທຳອິດເພື່ອເບິ່ງເງິນສົມທົບທີ່ຄາດໄວ້.</translation>
    </message>
    <message>
        <source>Write the date as a year (1985) or a day (14/03/1985).</source>
        <translation>ຂຽນວັນທີເປັນປີ (1985) ຫຼື ເປັນວັນ (14/03/1985).</translation>
    </message>
    <message>
        <source>Write an amount in %1 without decimals, e.g. 2500000.</source>
        <translation>ຂຽນຈຳນວນເງິນເປັນ %1 ໂດຍບໍ່ມີຈຸດທົດສະນິຍົມ, ເຊັ່ນ 2500000.</translation>
    </message>
    <message>
        <source>Write an amount in %1, e.g. 18000 or 18000.50.</source>
        <translation>ຂຽນຈຳນວນເງິນເປັນ %1, ເຊັ່ນ 18000 ຫຼື 18000.50.</translation>
    </message>
    <message>
        <source>No such place here: pick one from the list.</source>
        <translation>ບໍ່ມີສະຖານທີ່ນີ້: ເລືອກຈາກລາຍການ.</translation>
    </message>
    <message>
        <source>Read the text to the member, then tick this box once they agree.</source>
        <translation>ອ່ານຂໍ້ຄວາມໃຫ້ສະມາຊິກຟັງ, ແລ້ວໝາຍໃສ່ຫ້ອງນີ້ເມື່ອເຂົາເຈົ້າຍິນຍອມ.</translation>
    </message>
    <message>
        <source>Person %1: %2</source>
        <translation>ຄົນທີ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ມີ %n ຊ່ອງທີ່ຕ້ອງກວດເບິ່ງ.</numerusform>
            <numerusform>ບໍ່ມີຫຍັງຖືກບັນທຶກ: ມີ %n ຊ່ອງທີ່ຕ້ອງກວດເບິ່ງ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>ເຫດຜົນຂອງການແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Why is this registration corrected? The reason is kept with the record.</source>
        <translation>ເປັນຫຍັງຈຶ່ງແກ້ໄຂການລົງທະບຽນນີ້? ເຫດຜົນຈະຖືກເກັບໄວ້ກັບຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Correction of %1 saved on this laptop.</source>
        <translation>ບັນທຶກການແກ້ໄຂຂໍ້ມູນຂອງ %1 ໄວ້ໃນຄອມພິວເຕີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 is registered and saved on this laptop. It will be sent to the central office at the next sync.</source>
        <translation>%1 ລົງທະບຽນ ແລະ ບັນທຶກໄວ້ໃນຄອມພິວເຕີນີ້ແລ້ວ. ຈະຖືກສົ່ງໄປສຳນັກງານໃຫຍ່ໃນການຊິງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Correct a registration</source>
        <translation>ແກ້ໄຂການລົງທະບຽນ</translation>
    </message>
    <message>
        <source>1. Person</source>
        <translation>1. ບຸກຄົນ</translation>
    </message>
    <message>
        <source>2. Address and documents</source>
        <translation>2. ທີ່ຢູ່ ແລະ ເອກະສານ</translation>
    </message>
    <message>
        <source>3. Household</source>
        <translation>3. ຄອບຄົວ</translation>
    </message>
    <message>
        <source>4. Schemes</source>
        <translation>4. ລະບົບ</translation>
    </message>
    <message>
        <source>5. Consent</source>
        <translation>5. ການຍິນຍອມ</translation>
    </message>
    <message>
        <source>&amp;Given name (Lao script)</source>
        <translation>ຊື່ (ອັກສອນລາວ)(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>ຊື່(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;amily name (if any)</source>
        <translation>ນາມສະກຸນ (ຖ້າມີ)(&amp;A)</translation>
    </message>
    <message>
        <source>Given name in Lat&amp;in letters</source>
        <translation>ຊື່ເປັນອັກສອນລາແຕັງ(&amp;I)</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>ນາມສະກຸນເປັນອັກສອນລາແຕັງ</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>ເພດ(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>ວັນເດືອນປີເກີດ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>ອາຊີບ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Monthly income (%1)</source>
        <translation>ລາຍຮັບຕໍ່ເດືອນ (%1)(&amp;M)</translation>
    </message>
    <message>
        <source>H&amp;ousehold monthly income (%1)</source>
        <translation>ລາຍຮັບຄອບຄົວຕໍ່ເດືອນ (%1)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>ບ້ານ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Village or estate (optional)</source>
        <translation>ບ້ານ (ບໍ່ບັງຄັບ)(&amp;V)</translation>
    </message>
    <message>
        <source>Mobil&amp;e phone (optional)</source>
        <translation>ເບີໂທລະສັບມືຖື (ບໍ່ບັງຄັບ)(&amp;E)</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>ເອກະສານຢັ້ງຢືນຕົວຕົນ(&amp;D)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>ເລກທີເອກະສານ(&amp;U)</translation>
    </message>
    <message>
        <source>Province of issue</source>
        <translation>ແຂວງທີ່ອອກເອກະສານ</translation>
    </message>
    <message>
        <source>District of issue (optional)</source>
        <translation>ເມືອງທີ່ອອກເອກະສານ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Language &amp;read to the member</source>
        <translation>ພາສາທີ່ອ່ານໃຫ້ສະມາຊິກຟັງ(&amp;R)</translation>
    </message>
    <message>
        <source>How the member a&amp;greed</source>
        <translation>ວິທີທີ່ສະມາຊິກຍິນຍອມ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Witness (for spoken consent)</source>
        <translation>ພະຍານ (ສຳລັບການຍິນຍອມດ້ວຍປາກເປົ່າ)(&amp;W)</translation>
    </message>
    <message>
        <source>The member heard the text and &amp;agrees</source>
        <translation>ສະມາຊິກໄດ້ຟັງຂໍ້ຄວາມ ແລະ ຍິນຍອມ(&amp;A)</translation>
    </message>
    <message>
        <source>A year (1985) is enough when the day is not known. Buddhist-era years (2528) are converted.</source>
        <translation>ຖ້າບໍ່ຮູ້ວັນເກີດ, ໃສ່ພຽງປີ (1985) ກໍພໍ. ປີພຸດທະສັກກະລາດ (2528) ຈະຖືກປ່ຽນໃຫ້ອັດຕະໂນມັດ.</translation>
    </message>
    <message>
        <source>A year (1985) is enough when the day is not known.</source>
        <translation>ຖ້າບໍ່ຮູ້ວັນເກີດ, ໃສ່ພຽງປີ (1985) ກໍພໍ.</translation>
    </message>
    <message>
        <source>e.g. 020 5555 1234</source>
        <translation>ເຊັ່ນ 020 5555 1234</translation>
    </message>
    <message>
        <source>e.g. 0712 345 678</source>
        <translation>ເຊັ່ນ 0712 345 678</translation>
    </message>
    <message>
        <source>e.g. 2500000</source>
        <translation>ເຊັ່ນ 2500000</translation>
    </message>
    <message>
        <source>e.g. 18000</source>
        <translation>ເຊັ່ນ 18000</translation>
    </message>
    <message>
        <source>Add the people who live and eat with the member. Alt+A adds a person; Tab moves between cells; Delete removes the selected person.</source>
        <translation>ເພີ່ມຄົນທີ່ອາໄສ ແລະ ກິນຢູ່ນຳສະມາຊິກ. Alt+A ເພີ່ມຄົນ; Tab ຍ້າຍລະຫວ່າງຫ້ອງ; Delete ລຶບຄົນທີ່ເລືອກ.</translation>
    </message>
    <message>
        <source>Tick the schemes the member joins. The expected contribution follows the scheme's rule.</source>
        <translation>ໝາຍລະບົບທີ່ສະມາຊິກເຂົ້າຮ່ວມ. ເງິນສົມທົບທີ່ຄາດໄວ້ຄິດໄລ່ຕາມກົດຂອງລະບົບ.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>ເພີ່ມຄົນ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>ລຶບຄົນ(&amp;R)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ຕໍ່ໄປ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Save correction (Ctrl+S)</source>
        <translation>ບັນທຶກການແກ້ໄຂ(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save registration (Ctrl+S)</source>
        <translation>ບັນທຶກການລົງທະບຽນ(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>New registration (Ctrl+N)</source>
        <translation>ລົງທະບຽນໃໝ່ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing was saved: the existing record is opened instead.</source>
        <translation>ບໍ່ໄດ້ບັນທຶກຫຍັງ: ໄດ້ເປີດຂໍ້ມູນທີ່ມີຢູ່ແລ້ວແທນ.</translation>
    </message>
    <message>
        <source>Nothing was saved: this person may already be registered.</source>
        <translation>ບໍ່ໄດ້ບັນທຶກຫຍັງ: ບຸກຄົນນີ້ອາດລົງທະບຽນແລ້ວ.</translation>
    </message>
    <message>
        <source>The decision about possible duplicates could not be recorded: %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກການຕັດສິນເລື່ອງຂໍ້ມູນທີ່ອາດຊ້ຳໄດ້: %1</translation>
    </message>
    <message>
        <source>Pho&amp;to (optional)</source>
        <translation>ຮູບຖ່າຍ (ຖ້າມີ)(&amp;T)</translation>
    </message>
</context>
<context>
    <name>fe::app::SettingsPage</name>
    <message>
        <source>Choose the folder for the backup (e.g. a USB stick)</source>
        <translation>ເລືອກໂຟນເດີສຳລັບການສຳຮອງຂໍ້ມູນ (ເຊັ່ນ USB)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>ເລືອກໄຟລ໌ສຳຮອງທີ່ຈະກູ້ຄືນ</translation>
    </message>
    <message>
        <source>FieldEnrol stores (*.fieldenrol)</source>
        <translation>ຖານຂໍ້ມູນ FieldEnrol (*.fieldenrol)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ</translation>
    </message>
    <message>
        <source>Replace the store in use by this backup? Everything saved since the backup was made will be set aside (the current store is kept next to it, not deleted).</source>
        <translation>ແທນຖານຂໍ້ມູນທີ່ກຳລັງໃຊ້ດ້ວຍໄຟລ໌ສຳຮອງນີ້ບໍ່? ທຸກຢ່າງທີ່ບັນທຶກຫຼັງຈາກສຳຮອງຈະຖືກແຍກໄວ້ (ຖານຂໍ້ມູນປັດຈຸບັນຈະຖືກເກັບໄວ້ຂ້າງກັນ, ບໍ່ຖືກລຶບ).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>ກຳລັງສຳຮອງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>ຂຽນໄຟລ໌ສຳຮອງໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>ກຳລັງກວດສອບ ແລະ ກູ້ຄືນໄຟລ໌ສຳຮອງ…</translation>
    </message>
    <message>
        <source>The backup is restored. The store that was in use is kept as %1</source>
        <translation>ກູ້ຄືນແລ້ວ. ຖານຂໍ້ມູນທີ່ໃຊ້ກ່ອນໜ້ານີ້ຖືກເກັບໄວ້ເປັນ %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>ບໍ່ໄດ້ກູ້ຄືນຫຍັງ: %1</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>ຊື່ອຸປະກອນ</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ລະຫັດອຸປະກອນ</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>ໄຟລ໌ຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ການຈ່າຍເງິນສົມທົບ</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>ຍັງບໍ່ທັນສົ່ງ</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the screens</source>
        <translation>ພາສາຂອງໜ້າຈໍ(&amp;G)</translation>
    </message>
    <message>
        <source>Store on this laptop</source>
        <translation>ຖານຂໍ້ມູນໃນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>ການສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the store, made while you keep working. Keep it on a USB stick away from the laptop. Restoring checks the backup first and keeps the store it replaces.</source>
        <translation>ການສຳຮອງແມ່ນສຳເນົາຄົບຖ້ວນຂອງຖານຂໍ້ມູນ, ເຮັດໄດ້ໃນຂະນະທີ່ທ່ານເຮັດວຽກຕໍ່. ເກັບໄວ້ໃນ USB ຫ່າງຈາກຄອມພິວເຕີ. ການກູ້ຄືນຈະກວດສອບໄຟລ໌ສຳຮອງກ່ອນ ແລະ ເກັບຖານຂໍ້ມູນເກົ່າໄວ້.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>ສຳຮອງຂໍ້ມູນດຽວນີ້(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore a backup…</source>
        <translation>ກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after this many minutes without use:</source>
        <translation>ລັອກໜ້າຈໍຫຼັງຈາກບໍ່ໄດ້ໃຊ້ຈຳນວນນາທີນີ້(&amp;K):</translation>
    </message>
</context>
<context>
    <name>fe::app::StoreWorker</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>ບໍ່ມີສະມາຊິກຄົນນີ້.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>The decision about possible duplicates could not be recorded: %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກການຕັດສິນເລື່ອງຂໍ້ມູນທີ່ອາດຊ້ຳໄດ້: %1</translation>
    </message>
    <message>
        <source>The check for possible duplicates could not run. Try again; if it keeps failing, lock and log in again.</source>
        <translation>ບໍ່ສາມາດກວດຫາຂໍ້ມູນຊ້ຳໄດ້. ລອງໃໝ່; ຖ້າຍັງບໍ່ໄດ້, ໃຫ້ລັອກແລ້ວເຂົ້າລະບົບຄືນ.</translation>
    </message>
</context>
<context>
    <name>fe::app::SupervisorClient</name>
    <message>
        <source>Enter the supervisor credential in Settings, and enrol this device with the central office first.</source>
        <translation>ໃສ່ຂໍ້ມູນຢັ້ງຢືນຕົວຕົນຂອງຫົວໜ້າໃນການຕັ້ງຄ່າ, ແລະ ລົງທະບຽນອຸປະກອນນີ້ກັບສຳນັກງານໃຫຍ່ກ່ອນ.</translation>
    </message>
    <message>
        <source>The central office sent an answer this version cannot read.</source>
        <translation>ສຳນັກງານໃຫຍ່ສົ່ງຄຳຕອບທີ່ລຸ້ນນີ້ອ່ານບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>fe::app::SupervisorPage</name>
    <message>
        <source>The flag is resolved.</source>
        <translation>ການແຈ້ງເຕືອນຖືກຕັດສິນແລ້ວ.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <source>Choose a flag first.</source>
        <translation>ເລືອກການແຈ້ງເຕືອນກ່ອນ.</translation>
    </message>
    <message>
        <source>Supervision: devices and duplicate flags</source>
        <translation>ການຕິດຕາມ: ອຸປະກອນ ແລະ ການແຈ້ງເຕືອນຊໍ້າກັນ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>Duplicate flags</source>
        <translation>ການແຈ້ງເຕືອນຊໍ້າກັນ</translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation>ຄົນດຽວກັນ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Distinct people</source>
        <translation>ຄົນລະຄົນ(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>ໂຫຼດໃໝ່(&amp;F)</translation>
    </message>
</context>
<context>
    <name>fe::app::SyncPage</name>
    <message>
        <source>Choose the folder for the bundle (e.g. a USB stick)</source>
        <translation>ເລືອກໂຟນເດີສຳລັບຊຸດຂໍ້ມູນ (ເຊັ່ນ USB)</translation>
    </message>
    <message>
        <source>Choose the acknowledgement from the central office</source>
        <translation>ເລືອກໃບຕອບຮັບຈາກສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Acknowledgements (*.feack);;All files (*)</source>
        <translation>ໃບຕອບຮັບ (*.feack);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ຊິງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ອອບລາຍ</translation>
    </message>
    <message>
        <source>Online (metered link)</source>
        <translation>ອອນລາຍ (ຄິດເງິນຕາມປະລິມານ)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ອອນລາຍ</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>ວ່າງ</translation>
    </message>
    <message>
        <source>Checking the last batch…</source>
        <translation>ກຳລັງກວດຊຸດສຸດທ້າຍ…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>ກຳລັງສົ່ງ…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>ກຳລັງຮັບ…</translation>
    </message>
    <message>
        <source>Comparing with the central office…</source>
        <translation>ກຳລັງປຽບທຽບກັບສຳນັກງານໃຫຍ່…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>ກຳລັງລໍຖ້າລອງໃໝ່…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>ກຳລັງຂຽນຊຸດຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Reading the acknowledgement…</source>
        <translation>ກຳລັງອ່ານໃບຕອບຮັບ…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ການຈ່າຍເງິນ</translation>
    </message>
    <message>
        <source>Sync finished: everything is at the central office.</source>
        <translation>ຊິງຂໍ້ມູນສຳເລັດ: ທຸກຢ່າງຢູ່ສຳນັກງານໃຫຍ່ແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished. Still waiting: %n record(s).</source>
        <translation>
            <numerusform>ຊິງຂໍ້ມູນສຳເລັດ. ຍັງລໍຖ້າ: %n ລາຍການ.</numerusform>
            <numerusform>ຊິງຂໍ້ມູນສຳເລັດ. ຍັງລໍຖ້າ: %n ລາຍການ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost: the rest goes with the next sync.</source>
        <translation>ຍົກເລີກການຊິງຂໍ້ມູນແລ້ວ. ບໍ່ມີຫຍັງເສຍ: ສ່ວນທີ່ເຫຼືອຈະສົ່ງໃນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the central office yet: enrol it in Settings.</source>
        <translation>ອຸປະກອນນີ້ຍັງບໍ່ທັນລົງທະບຽນກັບສຳນັກງານໃຫຍ່: ລົງທະບຽນໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <source>Sync did not finish. It will be tried again.</source>
        <translation>ການຊິງຂໍ້ມູນບໍ່ສຳເລັດ. ຈະລອງໃໝ່ອີກ.</translation>
    </message>
    <message>
        <source>Sync with the central office</source>
        <translation>ຊິງຂໍ້ມູນກັບສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>ການເຊື່ອມຕໍ່:</translation>
    </message>
    <message>
        <source>Central office:</source>
        <translation>ສຳນັກງານໃຫຍ່:</translation>
    </message>
    <message>
        <source>Not sent yet:</source>
        <translation>ຍັງບໍ່ທັນສົ່ງ:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>ຊິງຂໍ້ມູນສຳເລັດຄັ້ງສຸດທ້າຍ:</translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation>ຂໍ້ມູນທີ່ສົ່ງແລ້ວ:</translation>
    </message>
    <message>
        <source>%1 (district %2)</source>
        <translation>%1 (ເມືອງ %2)</translation>
    </message>
    <message>
        <source>Not enrolled yet: enrol this device in Settings.</source>
        <translation>ຍັງບໍ່ທັນລົງທະບຽນ: ລົງທະບຽນອຸປະກອນນີ້ໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ລາຍການ</numerusform>
            <numerusform>%n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>ຊິງຂໍ້ມູນດຽວນີ້(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ຍົກເລີກ(&amp;C)</translation>
    </message>
    <message>
        <source>Set aside by the central office (%1)</source>
        <translation>ສຳນັກງານໃຫຍ່ແຍກໄວ້ (%1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>&amp;Retry (selected, or all)</source>
        <translation>ລອງໃໝ່ (ທີ່ເລືອກ ຫຼື ທັງໝົດ)(&amp;R)</translation>
    </message>
    <message>
        <source>Without a network: USB stick</source>
        <translation>ບໍ່ມີເຄືອຂ່າຍ: USB</translation>
    </message>
    <message>
        <source>Export the records not sent yet as a bundle, take it to the central office, and import the acknowledgement it gives you back. Only the acknowledgement marks records as sent.</source>
        <translation>ສົ່ງອອກຂໍ້ມູນທີ່ຍັງບໍ່ທັນສົ່ງເປັນຊຸດຂໍ້ມູນ, ນຳໄປສຳນັກງານໃຫຍ່, ແລ້ວນຳເຂົ້າໃບຕອບຮັບທີ່ໄດ້ກັບມາ. ມີແຕ່ໃບຕອບຮັບເທົ່ານັ້ນທີ່ໝາຍວ່າຂໍ້ມູນຖືກສົ່ງແລ້ວ.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>ສົ່ງອອກຊຸດຂໍ້ມູນ(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>ນຳເຂົ້າໃບຕອບຮັບ(&amp;I)…</translation>
    </message>
    <message>
        <source>Not sent yet (%1, the oldest %2 shown)</source>
        <translation>ຍັງບໍ່ທັນສົ່ງ (%1, ສະແດງ %2 ລາຍການເກົ່າສຸດ)</translation>
    </message>
    <message>
        <source>Not sent yet (%1)</source>
        <translation>ຍັງບໍ່ທັນສົ່ງ (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ໃໝ່</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>ການແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Cancelled payment</source>
        <translation>ການຈ່າຍເງິນທີ່ຖືກຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>fe::app::SyncWorker</name>
    <message>
        <source>No store is open.</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນທີ່ເປີດຢູ່.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n ລາຍການຈະຖືກສົ່ງອີກຄັ້ງໃນການຊິງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</numerusform>
            <numerusform>%n ລາຍການຈະຖືກສົ່ງອີກຄັ້ງໃນການຊິງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to the bundle. Take it to the central office and bring back its acknowledgement.</source>
        <translation>
            <numerusform>ຂຽນ %n ລາຍການໃສ່ຊຸດຂໍ້ມູນແລ້ວ. ນຳໄປສຳນັກງານໃຫຍ່ ແລະ ນຳໃບຕອບຮັບກັບມາ.</numerusform>
            <numerusform>ຂຽນ %n ລາຍການໃສ່ຊຸດຂໍ້ມູນແລ້ວ. ນຳໄປສຳນັກງານໃຫຍ່ ແລະ ນຳໃບຕອບຮັບກັບມາ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) did not fit: export another bundle after this one.</source>
        <translation>
            <numerusform>ອີກ %n ລາຍການບໍ່ພໍ: ສົ່ງອອກຊຸດຂໍ້ມູນອີກຊຸດໜຶ່ງຫຼັງຈາກນີ້.</numerusform>
            <numerusform>ອີກ %n ລາຍການບໍ່ພໍ: ສົ່ງອອກຊຸດຂໍ້ມູນອີກຊຸດໜຶ່ງຫຼັງຈາກນີ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>This acknowledgement was imported before: nothing changed.</source>
        <translation>ໃບຕອບຮັບນີ້ຖືກນຳເຂົ້າແລ້ວ: ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Accepted by the central office: %1. Set aside: %2. Held back for now: %3.</source>
        <translation>ສຳນັກງານໃຫຍ່ຮັບແລ້ວ: %1. ແຍກໄວ້: %2. ລໍຖ້າກ່ອນ: %3.</translation>
    </message>
    <message>
        <source>The device is being enrolled already.</source>
        <translation>ອຸປະກອນກຳລັງຖືກລົງທະບຽນຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>This device is enrolled with the central office.</source>
        <translation>ອຸປະກອນນີ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ແລ້ວ.</translation>
    </message>
    <message>
        <source>The supervisor credential is saved.</source>
        <translation>ບັນທຶກຂໍ້ມູນຢັ້ງຢືນຕົວຕົນຂອງຫົວໜ້າແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this store file.</source>
        <translation>ເປີດໄຟລ໌ຖານຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ໄຟລ໌</translation>
    </message>
</context>
</TS>
