<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>Backup</name>
    <message>
        <source>Choose an existing folder for the backup.</source>
        <translation>Chagua folda iliyopo kwa ajili ya nakala rudufu.</translation>
    </message>
    <message>
        <source>There is no store to back up.</source>
        <translation>Hakuna hifadhidata ya kunakili.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Nakala rudufu imeghairiwa; hakuna kilichoandikwa.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Nakala rudufu haikuweza kuandikwa kwenye %1.</translation>
    </message>
    <message>
        <source>Choose a backup file to restore.</source>
        <translation>Chagua faili ya nakala rudufu ya kurejesha.</translation>
    </message>
    <message>
        <source>This is the store in use, not a backup of it.</source>
        <translation>Hii ndiyo hifadhidata inayotumika, si nakala yake.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the store. Check the free disk space.</source>
        <translation>Nakala rudufu haikuweza kunakiliwa kando ya hifadhidata. Angalia nafasi iliyobaki kwenye diski.</translation>
    </message>
    <message>
        <source>The chosen file is not a usable FieldEnrol backup: %1</source>
        <translation>Faili uliyochagua si nakala rudufu ya FieldEnrol inayotumika: %1</translation>
    </message>
    <message>
        <source>The backup belongs to a store of another country.</source>
        <translation>Nakala rudufu hii ni ya hifadhidata ya nchi nyingine.</translation>
    </message>
    <message>
        <source>The backup is damaged: it fails the store's integrity check.</source>
        <translation>Nakala rudufu imeharibika: haipiti ukaguzi wa uadilifu wa hifadhidata.</translation>
    </message>
    <message>
        <source>The store in use could not be set aside; nothing changed.</source>
        <translation>Hifadhidata inayotumika haikuweza kuwekwa kando; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; nothing changed.</source>
        <translation>Nakala rudufu haikuweza kuwekwa mahali pake; hakuna kilichobadilika.</translation>
    </message>
</context>
<context>
    <name>DuplicateDecision</name>
    <message>
        <source>The recorded duplicate decision is incomplete.</source>
        <translation>Uamuzi uliorekodiwa kuhusu rekodi inayojirudia haujakamilika.</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>Same name.</source>
        <translation>Jina lilelile.</translation>
    </message>
    <message>
        <source>Similar name (%1% alike).</source>
        <translation>Jina linalofanana (kwa %1%).</translation>
    </message>
    <message>
        <source>The names differ.</source>
        <translation>Majina yanatofautiana.</translation>
    </message>
    <message>
        <source>The family name is missing in one of the records.</source>
        <translation>Jina la ukoo halipo katika mojawapo ya rekodi.</translation>
    </message>
    <message>
        <source>Same date of birth.</source>
        <translation>Tarehe ileile ya kuzaliwa.</translation>
    </message>
    <message>
        <source>Nearly the same date of birth (a likely typing slip).</source>
        <translation>Tarehe ya kuzaliwa inakaribia kuwa ileile (huenda ni kosa la kuandika).</translation>
    </message>
    <message>
        <source>Born in the same year (at least one date is an estimate).</source>
        <translation>Walizaliwa mwaka uleule (angalau tarehe moja ni ya kukadiria).</translation>
    </message>
    <message numerus="yes">
        <source>Born within %n year(s) of each other (at least one date is an estimate).</source>
        <translation>
            <numerusform>Walizaliwa ndani ya mwaka %n mmoja (angalau tarehe moja ni ya kukadiria).</numerusform>
            <numerusform>Walizaliwa ndani ya miaka %n (angalau tarehe moja ni ya kukadiria).</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates of birth are too far apart.</source>
        <translation>Tarehe za kuzaliwa zinatofautiana sana.</translation>
    </message>
    <message>
        <source>Same ward.</source>
        <translation>Wodi ileile.</translation>
    </message>
    <message>
        <source>Same village.</source>
        <translation>Kijiji kilekile.</translation>
    </message>
    <message>
        <source>Same constituency.</source>
        <translation>Eneo bunge lilelile.</translation>
    </message>
    <message>
        <source>Same district.</source>
        <translation>Wilaya ileile.</translation>
    </message>
    <message numerus="yes">
        <source>%n household member(s) in common.</source>
        <translation>
            <numerusform>Mwanakaya %n mmoja wanayeshiriki.</numerusform>
            <numerusform>Wanakaya %n wanaoshiriki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same phone number.</source>
        <translation>Nambari ileile ya simu.</translation>
    </message>
    <message>
        <source>A different document number of the same kind.</source>
        <translation>Nambari tofauti ya hati ya aina ileile.</translation>
    </message>
    <message>
        <source>Recorded with a different sex.</source>
        <translation>Imerekodiwa na jinsia tofauti.</translation>
    </message>
    <message>
        <source>The same document number is already registered.</source>
        <translation>Nambari hii ya hati tayari imesajiliwa.</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>This computer offers no secure random numbers; FieldEnrol cannot protect the store.</source>
        <translation>Kompyuta hii haitoi nambari nasibu salama; FieldEnrol haiwezi kulinda hifadhi.</translation>
    </message>
    <message>
        <source>The key parameters stored for this account are not valid. The store may be damaged.</source>
        <translation>Vigezo vya ufunguo vilivyohifadhiwa kwa akaunti hii si sahihi. Huenda hifadhi imeharibika.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation>Hakuna kumbukumbu ya kutosha kukagua nenosiri. Funga programu nyingine kisha ujaribu tena.</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>The password or recovery code is not correct, or the key was altered.</source>
        <translation>Nenosiri au msimbo wa kurejesha si sahihi, au ufunguo ulibadilishwa.</translation>
    </message>
    <message>
        <source>The data key has the wrong length.</source>
        <translation>Ufunguo wa data una urefu usio sahihi.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation>Mwanamke</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mwanamume</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>Kilimo</translation>
    </message>
    <message>
        <source>Street vending</source>
        <translation>Uchuuzi wa mitaani</translation>
    </message>
    <message>
        <source>Transport (rider, driver)</source>
        <translation>Usafiri (mwendeshaji, dereva)</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Kazi za nyumbani</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Ujenzi</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>Uvuvi</translation>
    </message>
    <message>
        <source>Crafts</source>
        <translation>Kazi za mikono</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Kazi nyingine</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Hakuna kitambulisho</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Kitambulisho cha taifa</translation>
    </message>
    <message>
        <source>Maisha Namba</source>
        <translation>Maisha Namba</translation>
    </message>
    <message>
        <source>Refugee ID</source>
        <translation>Kitambulisho cha mkimbizi</translation>
    </message>
    <message>
        <source>KRA PIN</source>
        <translation>KRA PIN</translation>
    </message>
    <message>
        <source>Family book</source>
        <translation>Kitabu cha familia</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Mwenzi</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Mtoto</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Mzazi</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Kaka au dada</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Mjukuu</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Ndugu mwingine</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Si ndugu</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Sahihi</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Alama ya kidole gumba</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>Kwa mdomo, mbele ya shahidi</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Pesa taslimu</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Pesa kwa simu</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Uhamisho wa benki</translation>
    </message>
    <message>
        <source>Saved on this laptop</source>
        <translation>Imehifadhiwa kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Imekubaliwa</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Inahitaji kushughulikiwa</translation>
    </message>
    <message>
        <source>Saved on this laptop, not sent to the central office yet.</source>
        <translation>Imehifadhiwa kwenye kompyuta hii, bado haijatumwa kwa ofisi kuu.</translation>
    </message>
    <message>
        <source>Sent to the central office, waiting for a member number.</source>
        <translation>Imetumwa kwa ofisi kuu, inasubiri nambari ya uanachama.</translation>
    </message>
    <message>
        <source>Accepted by the central office with member number %1.</source>
        <translation>Imekubaliwa na ofisi kuu kwa nambari ya uanachama %1.</translation>
    </message>
    <message>
        <source>Needs attention: the central office could not accept it.</source>
        <translation>Inahitaji kushughulikiwa: ofisi kuu haikuweza kuikubali.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Inahitaji kushughulikiwa: %1</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Lao PDR</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Kaunti</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Eneo bunge</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wadi</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Kilao</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Kiingereza</translation>
    </message>
</context>
<context>
    <name>MemberCardDocument</name>
    <message>
        <source>Member card</source>
        <translation>Kadi ya uanachama</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Herufi za Kilatini</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nambari ya uanachama</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Bado haijatolewa</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Alizaliwa</translation>
    </message>
    <message>
        <source>The member card could not be written to %1.</source>
        <translation>Kadi ya uanachama haikuweza kuandikwa kwenye %1.</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>Clerk</source>
        <translation>Karani</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>Mwandikishaji</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Msimamizi</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Msimamizi wa mfumo</translation>
    </message>
</context>
<context>
    <name>OperatorDirectory</name>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Majaribio mengi mno yameshindwa. Subiri sekunde %n kabla ya kujaribu tena.</numerusform>
            <numerusform>Majaribio mengi mno yameshindwa. Subiri sekunde %n kabla ya kujaribu tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Ask an administrator to unlock it.</source>
        <translation>Akaunti hii imefungwa baada ya majaribio mengi yaliyoshindwa. Mwombe msimamizi wa mfumo aifungue.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask an administrator if you need it again.</source>
        <translation>Akaunti hii imezimwa. Muulize msimamizi wa mfumo ikiwa unaihitaji tena.</translation>
    </message>
    <message>
        <source>This store has no operators yet. Create the first administrator.</source>
        <translation>Hifadhi hii bado haina watumiaji. Unda msimamizi wa mfumo wa kwanza.</translation>
    </message>
    <message>
        <source>The session is no longer valid. Log in again.</source>
        <translation>Kipindi hiki si halali tena. Ingia tena.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Ni msimamizi wa mfumo pekee anayeweza kufanya hivi.</translation>
    </message>
    <message>
        <source>This account's record was altered outside FieldEnrol. Ask an administrator to reset its password.</source>
        <translation>Rekodi ya akaunti hii ilibadilishwa nje ya FieldEnrol. Mwombe msimamizi wa mfumo aweke nenosiri jipya.</translation>
    </message>
    <message>
        <source>This account's key does not belong to this store. The store file may have been altered.</source>
        <translation>Ufunguo wa akaunti hii si wa hifadhi hii. Huenda faili ya hifadhi ilibadilishwa.</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>Hakuna mtumiaji huyo.</translation>
    </message>
    <message>
        <source>Enter the operator's name (1 to 100 characters).</source>
        <translation>Weka jina la mtumiaji (herufi 1 hadi 100).</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters or digits (any script), and may contain . _ -</source>
        <translation>Jina la mtumiaji lina herufi au tarakimu 2 hadi 64 (hati yoyote), na linaweza kuwa na . _ -</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Nenosiri linahitaji angalau herufi %n.</numerusform>
            <numerusform>Nenosiri linahitaji angalau herufi %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password can have at most %n characters.</source>
        <translation>
            <numerusform>Nenosiri linaweza kuwa na herufi zisizozidi %n.</numerusform>
            <numerusform>Nenosiri linaweza kuwa na herufi zisizozidi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Nenosiri lisiwe jina la mtumiaji.</translation>
    </message>
    <message>
        <source>The store's data key is not valid.</source>
        <translation>Ufunguo wa data wa hifadhi si halali.</translation>
    </message>
    <message>
        <source>This store already has an administrator.</source>
        <translation>Hifadhi hii tayari ina msimamizi wa mfumo.</translation>
    </message>
    <message>
        <source>This user name is already taken. Choose another one.</source>
        <translation>Jina hili la mtumiaji tayari limechukuliwa. Chagua jingine.</translation>
    </message>
    <message>
        <source>You cannot do this to your own account. Ask another administrator.</source>
        <translation>Huwezi kufanya hivi kwa akaunti yako mwenyewe. Muombe msimamizi mwingine wa mfumo.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Nenosiri jipya lazima litofautiane na la zamani.</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>Msimbo wa kurejesha si sahihi.</translation>
    </message>
    <message>
        <source>This user name is not an administrator of this store.</source>
        <translation>Jina hili la mtumiaji si msimamizi wa mfumo wa hifadhi hii.</translation>
    </message>
</context>
<context>
    <name>Payload</name>
    <message>
        <source>The stored record is damaged (%1).</source>
        <translation>Rekodi iliyohifadhiwa imeharibika (%1).</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Payment receipt</source>
        <translation>Risiti ya malipo</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nambari ya risiti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mwanachama</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nambari ya uanachama</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Bado haijatolewa</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Mpango</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Imelipwa kwa</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Imerekodiwa na</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>IMEBATILISHWA: %1</translation>
    </message>
    <message>
        <source>Keep this receipt. The code identifies the payment: scan it to check the payment with the scheme.</source>
        <translation>Hifadhi risiti hii. Msimbo huu unatambulisha malipo: uchanganue ili kuthibitisha malipo na mpango.</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>Risiti ya malipo %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Risiti haikuweza kuandikwa kwenye %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full. Nothing was saved: free some space and try again.</source>
        <translation>Diski imejaa. Hakuna kilichohifadhiwa: ondoa baadhi ya vitu kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The store %1 can only be read, not written. Nothing was saved: check the disk or the file's permissions.</source>
        <translation>Hifadhidata %1 inaweza kusomwa tu, si kuandikwa. Hakuna kilichohifadhiwa: angalia diski au ruhusa za faili.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened. Check that the folder exists and can be written.</source>
        <translation>Hifadhidata %1 haiwezi kufunguliwa. Hakikisha folda ipo na inaweza kuandikwa.</translation>
    </message>
    <message>
        <source>%1 is not a FieldEnrol store (or it is encrypted with another key). It was left unchanged.</source>
        <translation>%1 si hifadhidata ya FieldEnrol (au imesimbwa kwa ufunguo mwingine). Imeachwa bila kubadilishwa.</translation>
    </message>
    <message>
        <source>The store %1 is damaged. Restore it from a backup; the damaged file was left unchanged.</source>
        <translation>Hifadhidata %1 imeharibika. Irejeshe kutoka nakala rudufu; faili iliyoharibika imeachwa bila kubadilishwa.</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>Hifadhidata inatumiwa na programu nyingine. Ifunge kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved: check the disk and try again.</source>
        <translation>Diski imeripoti hitilafu. Hakuna kilichohifadhiwa: angalia diski kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The change conflicts with a record already saved.</source>
        <translation>Badiliko hili linakinzana na rekodi iliyokwisha hifadhiwa.</translation>
    </message>
    <message>
        <source>The store reported an unexpected error (%1). Nothing was saved.</source>
        <translation>Hifadhidata imeripoti hitilafu isiyotarajiwa (%1). Hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or open the existing store.</source>
        <translation>%1 tayari ipo. Chagua jina jingine la faili, au fungua hifadhidata iliyopo.</translation>
    </message>
    <message>
        <source>Give the device a name of 1 to 64 characters, e.g. "Xaythany team 2".</source>
        <translation>Kipe kifaa jina la herufi 1 hadi 64, mfano "Timu ya Kibra 2".</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one first (fieldenrolctl init).</source>
        <translation>Hakuna hifadhidata kwenye %1. Unda moja kwanza (fieldenrolctl init).</translation>
    </message>
    <message>
        <source>This store was written by a newer FieldEnrol (schema %1; this version knows %2). Update FieldEnrol; the store was left unchanged.</source>
        <translation>Hifadhidata hii iliandikwa na FieldEnrol mpya zaidi (muundo %1; toleo hili linajua %2). Sasisha FieldEnrol; hifadhidata imeachwa bila kubadilishwa.</translation>
    </message>
    <message>
        <source>%1 is not a FieldEnrol store. It was left unchanged.</source>
        <translation>%1 si hifadhidata ya FieldEnrol. Imeachwa bila kubadilishwa.</translation>
    </message>
    <message>
        <source>This record was already saved.</source>
        <translation>Rekodi hii ilikwisha hifadhiwa.</translation>
    </message>
    <message>
        <source>A member with this document number is already registered.</source>
        <translation>Mwanachama mwenye nambari hii ya kitambulisho amekwisha sajiliwa.</translation>
    </message>
    <message>
        <source>Give a reason for the correction.</source>
        <translation>Toa sababu ya marekebisho.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>Hakuna mwanachama kama huyo.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Reopen it and try again.</source>
        <translation>Mtu mwingine amebadilisha rekodi hii wakati huo. Ifungue tena kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Choose a registered member.</source>
        <translation>Chagua mwanachama aliyesajiliwa.</translation>
    </message>
    <message>
        <source>This payment was already saved.</source>
        <translation>Malipo haya yalikwisha hifadhiwa.</translation>
    </message>
    <message>
        <source>This mobile-money code was already used for another payment.</source>
        <translation>Msimbo huu wa pesa kwa simu ulikwisha tumika kwa malipo mengine.</translation>
    </message>
    <message>
        <source>Give a reason for voiding the payment.</source>
        <translation>Toa sababu ya kubatilisha malipo.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>Hakuna malipo kama hayo.</translation>
    </message>
    <message>
        <source>This payment was already voided.</source>
        <translation>Malipo haya yalikwisha batilishwa.</translation>
    </message>
    <message>
        <source>Someone else changed this payment meanwhile. Reopen it and try again.</source>
        <translation>Mtu mwingine amebadilisha malipo haya wakati huo. Yafungue tena kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Ukaguzi wa uadilifu wa SQLite: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing record.</source>
        <translation>Safu moja ya %1 inarejelea rekodi isiyokuwepo.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>Kumbukumbu ya ukaguzi %1 haipo.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation>Kumbukumbu ya ukaguzi %1 imebadilishwa.</translation>
    </message>
    <message>
        <source>The audit log was cut short: its last entries are missing.</source>
        <translation>Kumbukumbu za ukaguzi zimekatwa: za mwisho hazipo.</translation>
    </message>
    <message>
        <source>%1 %2 has no history entry for its current version.</source>
        <translation>%1 %2 haina kumbukumbu ya historia kwa toleo lake la sasa.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: its payload is damaged.</source>
        <translation>%1 %2 haiwezi kusomwa: data yake imeharibika.</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries belong to no record.</source>
        <translation>
            <numerusform>Kumbukumbu %n ya historia si ya rekodi yoyote.</numerusform>
            <numerusform>Kumbukumbu %n za historia si za rekodi yoyote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved versions have no matching outbox entry.</source>
        <translation>
            <numerusform>Toleo %n lililohifadhiwa halina ingizo linalolingana la kutuma.</numerusform>
            <numerusform>Matoleo %n yaliyohifadhiwa hayana ingizo linalolingana la kutuma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entries belong to no saved version.</source>
        <translation>
            <numerusform>Ingizo %n la kutuma si la toleo lolote lililohifadhiwa.</numerusform>
            <numerusform>Maingizo %n ya kutuma si ya toleo lolote lililohifadhiwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look-up entries belong to no record.</source>
        <translation>
            <numerusform>Ingizo %n la utafutaji si la rekodi yoyote.</numerusform>
            <numerusform>Maingizo %n ya utafutaji si ya rekodi yoyote.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such open flag.</source>
        <translation>Hakuna alama wazi kama hiyo.</translation>
    </message>
    <message>
        <source>%1 %2 holds the payload of another record.</source>
        <translation>%1 %2 ina data ya rekodi nyingine.</translation>
    </message>
    <message>
        <source>There is no duplicate decision to record.</source>
        <translation>Hakuna uamuzi kuhusu rekodi inayojirudia wa kurekodi.</translation>
    </message>
    <message>
        <source>A row of the batch could not be saved; the batch is saved again row by row.</source>
        <translation>Safu moja ya kundi haikuweza kuhifadhiwa; kundi linahifadhiwa tena safu kwa safu.</translation>
    </message>
    <message>
        <source>%1 %2 does not match its history: its payload was changed outside FieldEnrol.</source>
        <translation>%1 %2 hailingani na historia yake: maudhui yake yalibadilishwa nje ya FieldEnrol.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions of records lost their content.</source>
        <translation>
            <numerusform>Toleo %n la awali la rekodi limepoteza maudhui yake.</numerusform>
            <numerusform>Matoleo %n ya awali ya rekodi yamepoteza maudhui yake.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in to open the store.</source>
        <translation>Ingia ili kufungua hifadhi.</translation>
    </message>
    <message>
        <source>This store is not encrypted yet: an administrator must set up its encryption first.</source>
        <translation>Hifadhi hii bado haijasimbwa: msimamizi wa mfumo lazima aweke usimbaji wake kwanza.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Ni msimamizi wa mfumo pekee anayeweza kufanya hivi.</translation>
    </message>
    <message>
        <source>This store is already encrypted.</source>
        <translation>Hifadhi hii tayari imesimbwa.</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>No store is open. Open or create one first.</source>
        <translation>Hakuna hifadhidata iliyofunguliwa. Fungua au unda moja kwanza.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>This enrolment code is not valid. Check it with your supervisor.</source>
        <translation>Msimbo huu wa usajili si sahihi. Uhakikishe na msimamizi wako.</translation>
    </message>
    <message>
        <source>This enrolment code was used already. Ask your supervisor for a new one.</source>
        <translation>Msimbo huu wa usajili umeshatumika. Mwombe msimamizi wako msimbo mpya.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your supervisor for a new one.</source>
        <translation>Msimbo huu wa usajili umekwisha muda. Mwombe msimamizi wako msimbo mpya.</translation>
    </message>
    <message>
        <source>The enrolment code is for another country than this device's store.</source>
        <translation>Msimbo wa usajili ni wa nchi nyingine, si ya hifadhidata ya kifaa hiki.</translation>
    </message>
    <message>
        <source>The central office cannot be reached. Check the address and the network, and try again later.</source>
        <translation>Ofisi kuu haipatikani. Angalia anwani na mtandao, kisha ujaribu tena baadaye.</translation>
    </message>
    <message>
        <source>The central office's certificate is not trusted: check the certificate authority file in Settings.</source>
        <translation>Cheti cha ofisi kuu hakiaminiki: angalia faili ya mamlaka ya vyeti kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>The central office's address is not valid.</source>
        <translation>Anwani ya ofisi kuu si sahihi.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the central office yet: enrol it in Settings.</source>
        <translation>Kifaa hiki bado hakijasajiliwa na ofisi kuu: kisajili kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>The central office did not accept this device's credential. Enrol the device again.</source>
        <translation>Ofisi kuu haikukubali kitambulisho cha kifaa hiki. Sajili kifaa tena.</translation>
    </message>
    <message>
        <source>The central office did not accept the supervisor credential.</source>
        <translation>Ofisi kuu haikukubali kitambulisho cha msimamizi.</translation>
    </message>
    <message>
        <source>The record belongs to a district this device or supervisor may not send or see.</source>
        <translation>Rekodi hii ni ya wilaya ambayo kifaa hiki au msimamizi huyu hakiruhusiwi kutuma wala kuona.</translation>
    </message>
    <message>
        <source>The central office is busy. It will be tried again shortly.</source>
        <translation>Ofisi kuu ina shughuli nyingi. Itajaribiwa tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <source>There is nothing to export: every record was sent.</source>
        <translation>Hakuna cha kuhamisha: rekodi zote zimetumwa.</translation>
    </message>
    <message>
        <source>The file cannot be written or read. Check the USB stick and try again.</source>
        <translation>Faili haiwezi kuandikwa au kusomwa. Angalia kifaa cha USB kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>This is not an acknowledgement from this device's central office, or it is damaged.</source>
        <translation>Hii si risiti ya kupokelewa kutoka ofisi kuu ya kifaa hiki, au imeharibika.</translation>
    </message>
    <message>
        <source>This acknowledgement is for another device.</source>
        <translation>Risiti hii ya kupokelewa ni ya kifaa kingine.</translation>
    </message>
    <message>
        <source>This flag was resolved already.</source>
        <translation>Alama hii imeshatatuliwa.</translation>
    </message>
    <message>
        <source>The central office refused the request (%1).</source>
        <translation>Ofisi kuu imekataa ombi (%1).</translation>
    </message>
    <message>
        <source>The central office refused the request: %1</source>
        <translation>Ofisi kuu imekataa ombi: %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Year %1 of the Buddhist era was converted to %2.</source>
        <translation>Mwaka %1 wa kalenda ya Kibudha umebadilishwa kuwa %2.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Sehemu hii inahitajika.</translation>
    </message>
    <message>
        <source>Contains characters that cannot be stored.</source>
        <translation>Ina herufi zisizoweza kuhifadhiwa.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Herufi isiyozidi %n.</numerusform>
            <numerusform>Herufi zisizozidi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>Jina haliwezi kuwa na tarakimu.</translation>
    </message>
    <message>
        <source>The Latin form must be written in Latin letters.</source>
        <translation>Umbo la Kilatini lazima liandikwe kwa herufi za Kilatini.</translation>
    </message>
    <message>
        <source>Enter a date of birth, or at least the year.</source>
        <translation>Weka tarehe ya kuzaliwa, au angalau mwaka.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Tarehe ya kuzaliwa haiwezi kuwa siku zijazo.</translation>
    </message>
    <message>
        <source>The date of birth is before %1.</source>
        <translation>Tarehe ya kuzaliwa ni kabla ya %1.</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>Chagua aina ya kitambulisho.</translation>
    </message>
    <message>
        <source>This kind of document is not issued in this country.</source>
        <translation>Aina hii ya kitambulisho haitolewi katika nchi hii.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Weka nambari ya kitambulisho.</translation>
    </message>
    <message>
        <source>A national ID number has up to 8 digits.</source>
        <translation>Nambari ya kitambulisho cha taifa ina tarakimu hadi 8.</translation>
    </message>
    <message>
        <source>A Maisha Namba has up to 14 digits.</source>
        <translation>Maisha Namba ina tarakimu hadi 14.</translation>
    </message>
    <message>
        <source>A refugee ID has 4 to 20 letters, digits, '/' or '-'.</source>
        <translation>Kitambulisho cha mkimbizi kina herufi, tarakimu, '/' au '-' 4 hadi 20.</translation>
    </message>
    <message>
        <source>A KRA PIN is A or P, nine digits and a letter, e.g. A123456789B.</source>
        <translation>KRA PIN ni A au P, tarakimu tisa na herufi moja, mfano A123456789B.</translation>
    </message>
    <message>
        <source>Choose the province that issued the document.</source>
        <translation>Chagua mkoa uliotoa kitambulisho.</translation>
    </message>
    <message>
        <source>Unknown province.</source>
        <translation>Mkoa usiojulikana.</translation>
    </message>
    <message>
        <source>This district is not in the issuing province.</source>
        <translation>Wilaya hii haiko katika mkoa uliotoa.</translation>
    </message>
    <message>
        <source>Choose a province.</source>
        <translation>Chagua mkoa.</translation>
    </message>
    <message>
        <source>Choose a county.</source>
        <translation>Chagua kaunti.</translation>
    </message>
    <message>
        <source>Unknown province code.</source>
        <translation>Msimbo wa mkoa usiojulikana.</translation>
    </message>
    <message>
        <source>Unknown county code.</source>
        <translation>Msimbo wa kaunti usiojulikana.</translation>
    </message>
    <message>
        <source>Choose a district of this province.</source>
        <translation>Chagua wilaya ya mkoa huu.</translation>
    </message>
    <message>
        <source>Choose a constituency of this county.</source>
        <translation>Chagua eneo bunge la kaunti hii.</translation>
    </message>
    <message>
        <source>Choose a ward of this constituency.</source>
        <translation>Chagua wadi ya eneo bunge hili.</translation>
    </message>
    <message>
        <source>Amounts must be in %1.</source>
        <translation>Kiasi lazima kiwe kwa %1.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Kiasi hakiwezi kuwa hasi.</translation>
    </message>
    <message>
        <source>The amount is implausibly large.</source>
        <translation>Kiasi ni kikubwa mno kuaminika.</translation>
    </message>
    <message>
        <source>Enter a Kenyan mobile number, e.g. 0712 345 678.</source>
        <translation>Weka nambari ya simu ya mkononi ya Kenya, mfano 0712 345 678.</translation>
    </message>
    <message>
        <source>Enter a Lao mobile number, e.g. 020 5555 1234.</source>
        <translation>Weka nambari ya simu ya mkononi ya Laos, mfano 020 5555 1234.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n household members.</source>
        <translation>
            <numerusform>Mwanakaya asiyezidi %n.</numerusform>
            <numerusform>Wanakaya wasiozidi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown scheme for this country.</source>
        <translation>Mpango usiojulikana kwa nchi hii.</translation>
    </message>
    <message>
        <source>The member is already enrolled in this scheme.</source>
        <translation>Mwanachama amekwisha jiunga na mpango huu.</translation>
    </message>
    <message>
        <source>The enrolment date cannot be in the future.</source>
        <translation>Tarehe ya kujiunga haiwezi kuwa siku zijazo.</translation>
    </message>
    <message>
        <source>%1 is open to ages %2 to %3; the member is %4.</source>
        <translation>%1 ni kwa umri wa miaka %2 hadi %3; mwanachama ana miaka %4.</translation>
    </message>
    <message>
        <source>%1 is open from age %2; the member is %3.</source>
        <translation>%1 ni kuanzia umri wa miaka %2; mwanachama ana miaka %3.</translation>
    </message>
    <message>
        <source>Record when consent was given.</source>
        <translation>Rekodi wakati idhini ilipotolewa.</translation>
    </message>
    <message>
        <source>Consent cannot be in the future.</source>
        <translation>Idhini haiwezi kuwa siku zijazo.</translation>
    </message>
    <message>
        <source>The member is not enrolled in %1.</source>
        <translation>Mwanachama hajajiunga na %1.</translation>
    </message>
    <message>
        <source>Enter the period the payment covers.</source>
        <translation>Weka kipindi ambacho malipo yanahusu.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Kipindi kinaisha kabla ya kuanza.</translation>
    </message>
    <message>
        <source>A payment covers at most one year.</source>
        <translation>Malipo hayawezi kuzidi mwaka mmoja.</translation>
    </message>
    <message>
        <source>Payments can be made at most a year ahead.</source>
        <translation>Malipo yanaweza kulipwa mapema kwa muda usiozidi mwaka mmoja.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kiasi lazima kiwe zaidi ya sifuri.</translation>
    </message>
    <message>
        <source>The scheme expects %1 %2: give a reason for a different amount.</source>
        <translation>Mpango unatarajia %1 %2: toa sababu ya kiasi tofauti.</translation>
    </message>
    <message>
        <source>A mobile-money code has 10 to 12 letters and digits, e.g. QGH7XK2M9P.</source>
        <translation>Msimbo wa pesa kwa simu una herufi na tarakimu 10 hadi 12, mfano QGH7XK2M9P.</translation>
    </message>
    <message>
        <source>The photo is not a complete JPEG image.</source>
        <translation>Picha si picha kamili ya JPEG.</translation>
    </message>
    <message>
        <source>The photo is %1 KB; at most %2 KB fits on a record.</source>
        <translation>Picha ina KB %1; rekodi moja inabeba KB %2 tu.</translation>
    </message>
</context>
<context>
    <name>fe::app::AboutDialog</name>
    <message>
        <source>About FieldEnrol</source>
        <translation>Kuhusu FieldEnrol</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldEnrol %1&lt;/h3&gt;&lt;p&gt;Offline-first registration of informal-economy workers into social protection, and their contributions, for Lao PDR and Kenya.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Reference data: see SOURCES.md (GeoNames CC BY 4.0, ke-locations-data MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldEnrol %1&lt;/h3&gt;&lt;p&gt;Usajili wa wafanyakazi wa sekta isiyo rasmi katika hifadhi ya jamii, na michango yao, hata bila mtandao, kwa Lao PDR na Kenya.&lt;/p&gt;&lt;p&gt;Imejengwa kwa Qt %2. Data za marejeo: tazama SOURCES.md (GeoNames CC BY 4.0, ke-locations-data MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fe::app::AppController</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>Hifadhidata haiwezi kufunguliwa</translation>
    </message>
    <message>
        <source>%1

Set up a new store instead? The file that failed is left as it is.</source>
        <translation>%1

Unda hifadhidata mpya badala yake? Faili iliyoshindwa itaachwa kama ilivyo.</translation>
    </message>
</context>
<context>
    <name>fe::app::CameraDialog</name>
    <message>
        <source>Take the member's photo</source>
        <translation>Piga picha ya mwanachama</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Piga picha</translation>
    </message>
    <message>
        <source>No camera was found on this laptop. Close this window and choose a photo file instead.</source>
        <translation>Hakuna kamera iliyopatikana kwenye kompyuta hii. Funga dirisha hili uchague faili la picha badala yake.</translation>
    </message>
    <message>
        <source>The camera cannot be used (it may be in use by another program). Close this window and choose a photo file instead.</source>
        <translation>Kamera haiwezi kutumika (huenda programu nyingine inaitumia). Funga dirisha hili uchague faili la picha badala yake.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again, or choose a photo file instead.</source>
        <translation>Picha haikuweza kupigwa. Jaribu tena, au uchague faili la picha badala yake.</translation>
    </message>
</context>
<context>
    <name>fe::app::CentralOfficeBox</name>
    <message>
        <source>Enter the central office's address, e.g. https://central.example.org.</source>
        <translation>Weka anwani ya ofisi kuu, mfano https://central.example.org.</translation>
    </message>
    <message>
        <source>Enter the enrolment code your supervisor gave you.</source>
        <translation>Weka msimbo wa usajili ambao msimamizi wako alikupa.</translation>
    </message>
    <message>
        <source>Enrolling this device…</source>
        <translation>Inasajili kifaa hiki…</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Ofisi kuu</translation>
    </message>
    <message>
        <source>This device is enrolled for district %1 at %2.</source>
        <translation>Kifaa hiki kimesajiliwa kwa wilaya %1 kwenye %2.</translation>
    </message>
    <message>
        <source>This device is not enrolled yet: records stay on it until it is.</source>
        <translation>Kifaa hiki bado hakijasajiliwa: rekodi zinabaki humo hadi kisajiliwe.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anwani:</translation>
    </message>
    <message>
        <source>Certificate authority (https, PEM file):</source>
        <translation>Mamlaka ya vyeti (https, faili ya PEM):</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Msimbo wa usajili:</translation>
    </message>
    <message>
        <source>Sync by itself:</source>
        <translation>Sawazisha yenyewe:</translation>
    </message>
    <message>
        <source>Supervisor credential:</source>
        <translation>Kitambulisho cha msimamizi:</translation>
    </message>
    <message>
        <source>e.g. https://central.example.org</source>
        <translation>mfano https://central.example.org</translation>
    </message>
    <message>
        <source>Enrol a&amp;gain</source>
        <translation>Sajili tena(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>Saji&amp;li</translation>
    </message>
    <message>
        <source>Never (only "Sync now")</source>
        <translation>Kamwe (tu "Sawazisha sasa")</translation>
    </message>
    <message>
        <source>On any link</source>
        <translation>Kwa muunganisho wowote</translation>
    </message>
    <message>
        <source>Not on metered links</source>
        <translation>Si kwa muunganisho unaolipiwa kwa kiasi cha data</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Hifadhi(&amp;V)</translation>
    </message>
</context>
<context>
    <name>fe::app::ChartsPage</name>
    <message>
        <source>Reports</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <source>Registrations per day</source>
        <translation>Usajili kwa siku</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Usajili</translation>
    </message>
    <message>
        <source>Contributions by scheme (%1)</source>
        <translation>Michango kwa mpango (%1)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n payment(s)</source>
        <translation>
            <numerusform>%1: %2 katika malipo %n</numerusform>
            <numerusform>%1: %2 katika malipo %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) registered on this laptop.</source>
        <translation>
            <numerusform>Mwanachama %n amesajiliwa kwenye kompyuta hii.</numerusform>
            <numerusform>Wanachama %n wamesajiliwa kwenye kompyuta hii.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Onyesha upya(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Inahesabu…</translation>
    </message>
</context>
<context>
    <name>fe::app::ContributionTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Imebatilishwa: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Halali</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Risiti</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Mpango</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Imelipwa kwa</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Imerekodiwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>fe::app::ContributionsPage</name>
    <message>
        <source>Payments</source>
        <translation>Malipo</translation>
    </message>
    <message numerus="yes">
        <source>The scheme expects %1 for %n month(s).</source>
        <translation>
            <numerusform>Mpango unatarajia %1 kwa mwezi %n.</numerusform>
            <numerusform>Mpango unatarajia %1 kwa miezi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This scheme takes any amount.</source>
        <translation>Mpango huu unapokea kiasi chochote.</translation>
    </message>
    <message>
        <source>Write the amount in %1 without decimals.</source>
        <translation>Andika kiasi kwa %1 bila desimali.</translation>
    </message>
    <message>
        <source>Write the amount in %1, e.g. 500 or 500.50.</source>
        <translation>Andika kiasi kwa %1, mfano 500 au 500.50.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Hakuna kilichohifadhiwa: sehemu %n inahitaji kushughulikiwa.</numerusform>
            <numerusform>Hakuna kilichohifadhiwa: sehemu %n zinahitaji kushughulikiwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Hakuna kilichohifadhiwa: %1</translation>
    </message>
    <message>
        <source>Payment of %1 saved on this laptop. Receipt number %2.</source>
        <translation>Malipo ya %1 yamehifadhiwa kwenye kompyuta hii. Nambari ya risiti %2.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Hifadhi risiti</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Nyaraka za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Risiti</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Printa haikuweza kutumika.</translation>
    </message>
    <message>
        <source>Select the payment to void in the list first.</source>
        <translation>Kwanza chagua malipo ya kubatilisha kwenye orodha.</translation>
    </message>
    <message>
        <source>This payment was already voided.</source>
        <translation>Malipo haya yalikwisha batilishwa.</translation>
    </message>
    <message>
        <source>Void payment %1</source>
        <translation>Batilisha malipo %1</translation>
    </message>
    <message>
        <source>Why is this payment voided? The reason is kept with the payment and shown on its receipt.</source>
        <translation>Kwa nini malipo haya yanabatilishwa? Sababu itahifadhiwa pamoja na malipo na kuonyeshwa kwenye risiti yake.</translation>
    </message>
    <message>
        <source>Not voided: %1</source>
        <translation>Haijabatilishwa: %1</translation>
    </message>
    <message>
        <source>Payment %1 is voided.</source>
        <translation>Malipo %1 yamebatilishwa.</translation>
    </message>
    <message>
        <source>Find the m&amp;ember (name, document or phone)</source>
        <translation>Tafuta mwanachama (jina, kitambulisho au simu)(&amp;E)</translation>
    </message>
    <message>
        <source>Type, then Enter to choose (Ctrl+F)</source>
        <translation>Andika, kisha Enter kuchagua (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a member on the left.</source>
        <translation>Chagua mwanachama upande wa kushoto.</translation>
    </message>
    <message>
        <source>S&amp;cheme</source>
        <translation>Mpango(&amp;C)</translation>
    </message>
    <message>
        <source>First mon&amp;th</source>
        <translation>Mwezi wa kwanza(&amp;T)</translation>
    </message>
    <message>
        <source>Number of &amp;months</source>
        <translation>Idadi ya &amp;miezi</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>Ki&amp;asi (%1)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Ki&amp;asi</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>Imelipwa kwa(&amp;B)</translation>
    </message>
    <message>
        <source>Mobile-money c&amp;ode</source>
        <translation>Msimb&amp;o wa pesa kwa simu</translation>
    </message>
    <message>
        <source>Bank &amp;reference</source>
        <translation>Kumbukumbu ya benki(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for a &amp;different amount</source>
        <translation>Sababu ya kiasi tofauti(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. QGH7XK2M9P</source>
        <translation>mfano QGH7XK2M9P</translation>
    </message>
    <message>
        <source>&amp;Save payment (Ctrl+S)</source>
        <translation>Hifadhi malipo(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save receipt as &amp;PDF…</source>
        <translation>Hifadhi risiti kama &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int receipt…</source>
        <translation>Chap&amp;isha risiti…</translation>
    </message>
    <message>
        <source>Payments of this member</source>
        <translation>Malipo ya mwanachama huyu</translation>
    </message>
    <message>
        <source>Receipt of the selected payment…</source>
        <translation>Risiti ya malipo yaliyochaguliwa…</translation>
    </message>
    <message>
        <source>&amp;Void the selected payment…</source>
        <translation>Batilisha malipo yaliyochaguliwa(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>fe::app::DuplicateDialog</name>
    <message>
        <source>Possible duplicate registration</source>
        <translation>Huenda ni usajili unaojirudia</translation>
    </message>
    <message>
        <source>This person may already be registered. Compare the records: open the existing record if it is the same person.</source>
        <translation>Huenda mtu huyu tayari amesajiliwa. Linganisha rekodi: fungua rekodi iliyopo ikiwa ni mtu yuleyule.</translation>
    </message>
    <message>
        <source>This document number is already registered. Open the existing record instead of registering the person a second time.</source>
        <translation>Nambari hii ya hati tayari imesajiliwa. Fungua rekodi iliyopo badala ya kumsajili mtu huyu mara ya pili.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation>Jina (herufi za Kilatini)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Alizaliwa</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Ulinganifu</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>This registration</source>
        <translation>Usajili huu</translation>
    </message>
    <message>
        <source>Existing record %1</source>
        <translation>Rekodi iliyopo %1</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Fungua rekodi iliyopo</translation>
    </message>
    <message>
        <source>&amp;Different person — save</source>
        <translation>Mtu tofauti — &amp;hifadhi</translation>
    </message>
    <message>
        <source>Exact match (%1/100)</source>
        <translation>Inalingana kabisa (%1/100)</translation>
    </message>
    <message>
        <source>Probable match (%1/100)</source>
        <translation>Huenda inalingana (%1/100)</translation>
    </message>
    <message>
        <source>%1 (year only)</source>
        <translation>%1 (mwaka tu)</translation>
    </message>
</context>
<context>
    <name>fe::app::EncryptionSetupWindow</name>
    <message>
        <source>FieldEnrol — set up encryption</source>
        <translation>FieldEnrol — weka usimbaji</translation>
    </message>
    <message>
        <source>The records in this store are not encrypted yet, so FieldEnrol does not show them. Create the administrator's account: their password will protect the records, and every operator will log in from now on. Setting up encryption takes a moment on a large store.</source>
        <translation>Rekodi katika hifadhi hii bado hazijasimbwa, kwa hivyo FieldEnrol haizionyeshi. Unda akaunti ya msimamizi wa mfumo: nenosiri lake litalinda rekodi, na kuanzia sasa kila mtumiaji ataingia. Kuweka usimbaji huchukua muda kidogo kwa hifadhi kubwa.</translation>
    </message>
    <message>
        <source>&amp;Set up encryption</source>
        <translation>Weka usimbaji(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Endelea(&amp;C)</translation>
    </message>
</context>
<context>
    <name>fe::app::FirstRunWizard</name>
    <message>
        <source>Give this laptop a name of 1 to 64 characters, e.g. "Xaythany team 2".</source>
        <translation>Ipe kompyuta hii jina la herufi 1 hadi 64, mfano "Timu ya Kibra 2".</translation>
    </message>
    <message>
        <source>Folder for the store</source>
        <translation>Folda ya hifadhidata</translation>
    </message>
    <message>
        <source>The store will be the file %1</source>
        <translation>Hifadhidata itakuwa faili %1</translation>
    </message>
    <message>
        <source>Choose a folder for the store.</source>
        <translation>Chagua folda ya hifadhidata.</translation>
    </message>
    <message>
        <source>A store already exists there. Choose another folder.</source>
        <translation>Tayari kuna hifadhidata hapo. Chagua folda nyingine.</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Inaunda hifadhidata…</translation>
    </message>
    <message>
        <source>Set up FieldEnrol</source>
        <translation>Sanidi FieldEnrol</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Karibu</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Kompyuta hii</translation>
    </message>
    <message>
        <source>Where to keep the records</source>
        <translation>Mahali pa kuhifadhi rekodi</translation>
    </message>
    <message>
        <source>FieldEnrol registers informal-economy workers for social protection and records their contributions, on this laptop, with or without a network. Answer a few questions to set it up.</source>
        <translation>FieldEnrol husajili wafanyakazi wa sekta isiyo rasmi katika hifadhi ya jamii na kurekodi michango yao, kwenye kompyuta hii, ukiwa na mtandao au bila. Jibu maswali machache ili kuisanidi.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>Country of the programme:</source>
        <translation>Nchi ya mpango:</translation>
    </message>
    <message>
        <source>Lao &amp;PDR (LSSO voluntary scheme)</source>
        <translation>Lao &amp;PDR (mpango wa hiari wa LSSO)</translation>
    </message>
    <message>
        <source>&amp;Kenya (NSSF Haba Haba, SHA)</source>
        <translation>&amp;Kenya (NSSF Haba Haba, SHA)</translation>
    </message>
    <message>
        <source>The name shows on receipts and tells the central office which laptop sent a record. Use the team or office name.</source>
        <translation>Jina huonekana kwenye risiti na huiambia ofisi kuu ni kompyuta gani iliyotuma rekodi. Tumia jina la timu au la ofisi.</translation>
    </message>
    <message>
        <source>Na&amp;me of this laptop</source>
        <translation>Jina la ko&amp;mpyuta hii</translation>
    </message>
    <message>
        <source>e.g. Xaythany team 2</source>
        <translation>mfano Timu ya Kibra 2</translation>
    </message>
    <message>
        <source>&amp;Folder for the store (a disk of this laptop; backups go elsewhere):</source>
        <translation>&amp;Folda ya hifadhidata (diski ya kompyuta hii; nakala rudufu ziwekwe mahali pengine):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chagua…</translation>
    </message>
    <message>
        <source>%1
Correct the address or the code and press Finish again, or press "Enrol later" and enrol from Settings when the central office can be reached.</source>
        <translation>%1
Sahihisha anwani au msimbo kisha ubonyeze Maliza tena, au ubonyeze "Sajili baadaye" na usajili kwenye Mipangilio ofisi kuu itakapopatikana.</translation>
    </message>
    <message>
        <source>Enter the central office's address, e.g. https://central.example.org.</source>
        <translation>Weka anwani ya ofisi kuu, mfano https://central.example.org.</translation>
    </message>
    <message>
        <source>Enter the enrolment code your supervisor gave you.</source>
        <translation>Weka msimbo wa usajili ambao msimamizi wako alikupa.</translation>
    </message>
    <message>
        <source>Enrolling this device…</source>
        <translation>Inasajili kifaa hiki…</translation>
    </message>
    <message>
        <source>The central office</source>
        <translation>Ofisi kuu</translation>
    </message>
    <message>
        <source>Records go to the central office when this laptop is enrolled with it. Enter its address and the enrolment code your supervisor gave you, or enrol later from Settings.</source>
        <translation>Rekodi huenda kwa ofisi kuu kompyuta hii ikishasajiliwa nayo. Weka anwani yake na msimbo wa usajili ambao msimamizi wako alikupa, au usajili baadaye kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>&amp;Address of the central office</source>
        <translation>&amp;Anwani ya ofisi kuu</translation>
    </message>
    <message>
        <source>e.g. https://central.example.org</source>
        <translation>mfano https://central.example.org</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Msimbo wa usajili</translation>
    </message>
    <message>
        <source>Enrol &amp;later</source>
        <translation>Sajili baadaye(&amp;L)</translation>
    </message>
    <message>
        <source>Go back and correct the administrator's account.</source>
        <translation>Rudi nyuma na urekebishe akaunti ya msimamizi wa mfumo.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Msimamizi wa mfumo</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Msimbo wa kurejesha</translation>
    </message>
    <message>
        <source>The administrator manages the operators of this laptop. Their password protects the records: FieldEnrol encrypts the store with it. Every operator logs in with their own user name and password.</source>
        <translation>Msimamizi wa mfumo husimamia watumiaji wa kompyuta hii. Nenosiri lake hulinda rekodi: FieldEnrol husimba hifadhi kwa nenosiri hilo. Kila mtumiaji huingia kwa jina lake la mtumiaji na nenosiri lake.</translation>
    </message>
</context>
<context>
    <name>fe::app::FlagsModel</name>
    <message>
        <source>Same identity document</source>
        <translation>Hati ile ile ya utambulisho</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>Jina na tarehe ya kuzaliwa sawa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Earlier record</source>
        <translation>Rekodi ya awali</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ilipoibuliwa</translation>
    </message>
</context>
<context>
    <name>fe::app::FleetModel</name>
    <message>
        <source>%1 s</source>
        <translation>sek %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>dak %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>saa %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>siku %1</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (kimefutwa)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 zilizopita</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <source>rejected %1, conflicts %2</source>
        <translation>zilizokataliwa %1, migongano %2</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>sahihi</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>mbele kwa %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>nyuma kwa %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Mawasiliano ya mwisho</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Hazijatumwa</translation>
    </message>
    <message>
        <source>Oldest unsent</source>
        <translation>Iliyosubiri zaidi</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Makosa</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Saa</translation>
    </message>
</context>
<context>
    <name>fe::app::HistoryModel</name>
    <message>
        <source>First registration</source>
        <translation>Usajili wa kwanza</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Imehifadhiwa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
</context>
<context>
    <name>fe::app::HouseholdModel</name>
    <message>
        <source>Given name</source>
        <translation>Jina la kwanza</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Jina la ukoo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Uhusiano</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Born (year or date)</source>
        <translation>Alizaliwa (mwaka au tarehe)</translation>
    </message>
</context>
<context>
    <name>fe::app::LoginWindow</name>
    <message>
        <source>Enter your user name.</source>
        <translation>Weka jina lako la mtumiaji.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Inaingia…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Subiri sekunde %n kabla ya kujaribu tena.</numerusform>
            <numerusform>Subiri sekunde %n kabla ya kujaribu tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>FieldEnrol — log in</source>
        <translation>FieldEnrol — ingia</translation>
    </message>
    <message>
        <source>Log in to open the records on this laptop.</source>
        <translation>Ingia ili kufungua rekodi kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lugha(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Jina la mtumiaji(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Nenosiri(&amp;P)</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Ingia(&amp;I)</translation>
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
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ondoka(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Msaada(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FieldEnrol</source>
        <translation>Kuhusu FieldEnrol(&amp;A)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Kifaa: %1</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Hakuna hifadhidata iliyofunguliwa</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Inafungua hifadhidata…</translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>Kila kitu kimetumwa.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %Ln record(s), saved on this laptop.</source>
        <translation>
            <numerusform>Bado haijatumwa: rekodi %Ln, imehifadhiwa kwenye kompyuta hii.</numerusform>
            <numerusform>Bado hazijatumwa: rekodi %Ln, zimehifadhiwa kwenye kompyuta hii.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Msimamizi</translation>
    </message>
    <message>
        <source>&amp;Devices and duplicate flags</source>
        <translation>&amp;Vifaa na alama za marudio</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Funga(&amp;L)</translation>
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
        <translation>Mwanachama</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Mtu(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>Kaya(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>M&amp;alipo</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>His&amp;toria</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Rekebisha(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record a payment</source>
        <translation>&amp;Rekodi malipo</translation>
    </message>
    <message>
        <source>Member card as PD&amp;F…</source>
        <translation>Kadi ya uanachama kama PD&amp;F…</translation>
    </message>
    <message>
        <source>Pri&amp;nt card…</source>
        <translation>Chapisha kadi(&amp;N)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nambari ya uanachama</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Bado haijatolewa</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Alizaliwa</translation>
    </message>
    <message>
        <source>%1 (year only)</source>
        <translation>%1 (mwaka tu)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Mapato ya mwezi</translation>
    </message>
    <message>
        <source>Household monthly income</source>
        <translation>Mapato ya kaya kwa mwezi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 tangu %2</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Mipango</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <source>%1, %2, read in %3</source>
        <translation>%1, %2, ilisomwa kwa %3</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Alisajiliwa</translation>
    </message>
    <message>
        <source>The member is still loading.</source>
        <translation>Mwanachama bado anapakiwa.</translation>
    </message>
    <message>
        <source>Save member card</source>
        <translation>Hifadhi kadi ya uanachama</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Nyaraka za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Kadi ya uanachama</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Printa haikuweza kutumika.</translation>
    </message>
    <message>
        <source>Member's photo</source>
        <translation>Picha ya mwanachama</translation>
    </message>
</context>
<context>
    <name>fe::app::MemberListModel</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Jina kwa herufi za Kilatini</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Mipango</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Alisajiliwa</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Hali ya usawazishaji</translation>
    </message>
</context>
<context>
    <name>fe::app::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Wanachama</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) found.</source>
        <translation>
            <numerusform>Mwanachama %Ln amepatikana.</numerusform>
            <numerusform>Wanachama %Ln wamepatikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading members… %1 so far.</source>
        <translation>Inapakia wanachama… %1 hadi sasa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s) shown.</source>
        <translation>
            <numerusform>%1 kati ya mwanachama %Ln wanaonyeshwa.</numerusform>
            <numerusform>%1 kati ya wanachama %Ln wanaonyeshwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Tafuta(&amp;S)</translation>
    </message>
    <message>
        <source>Name (either script), document number or phone number (Ctrl+F)</source>
        <translation>Jina (kwa hati yoyote), nambari ya kitambulisho au ya simu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sche&amp;me</source>
        <translation>&amp;Mpango</translation>
    </message>
    <message>
        <source>S&amp;ync state</source>
        <translation>Hali &amp;ya usawazishaji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>Fungua mwanachama(&amp;O)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Maeneo yote</translation>
    </message>
    <message>
        <source>Any scheme</source>
        <translation>Mpango wowote</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Hali yoyote</translation>
    </message>
</context>
<context>
    <name>fe::app::OperatorForm</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Manenosiri mawili yanatofautiana. Andika nenosiri lilelile mara mbili.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Jina la mtumiaji(&amp;U)</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Jina kamili(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Nenosiri(&amp;P)</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Nenosiri tena(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Angalau herufi %n</numerusform>
            <numerusform>Angalau herufi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Jukumu(&amp;R)</translation>
    </message>
</context>
<context>
    <name>fe::app::OperatorsPage</name>
    <message>
        <source>Operators</source>
        <translation>Watumiaji</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 sasa anaweza kuingia.</translation>
    </message>
    <message>
        <source>Select an operator in the list first.</source>
        <translation>Chagua mtumiaji kwenye orodha kwanza.</translation>
    </message>
    <message>
        <source>The password of %1 was changed. Tell them the new one in person.</source>
        <translation>Nenosiri la %1 limebadilishwa. Mwambie jipya ana kwa ana.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 hawezi tena kuingia.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 anaweza kuingia tena.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hai</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Imezimwa</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Imefungwa</translation>
    </message>
    <message>
        <source>&amp;Operators of this laptop</source>
        <translation>Watumiaji wa kompyuta hii(&amp;O)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Nenosiri jipya(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Weka nenosiri upya(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Fungua(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Funga(&amp;K)</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Ongeza mtumiaji</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>Ongeza mtumiaji(&amp;A)</translation>
    </message>
</context>
<context>
    <name>fe::app::PhotoField</name>
    <message>
        <source>The file is too large to be a photo (more than 40 MB).</source>
        <translation>Faili ni kubwa mno kuwa picha (zaidi ya MB 40).</translation>
    </message>
    <message>
        <source>This file cannot be read as an image. Choose a JPEG or PNG photo.</source>
        <translation>Faili hili haliwezi kusomwa kama picha. Chagua picha ya JPEG au PNG.</translation>
    </message>
    <message>
        <source>The photo could not be made small enough to keep with the record.</source>
        <translation>Picha haikuweza kupunguzwa kiasi cha kuhifadhiwa pamoja na rekodi.</translation>
    </message>
    <message>
        <source>Choose the member's photo</source>
        <translation>Chagua picha ya mwanachama</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Picha (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Hakuna picha</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Chagua picha…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Ondoa picha</translation>
    </message>
    <message>
        <source>Member's photo</source>
        <translation>Picha ya mwanachama</translation>
    </message>
    <message>
        <source>No picture arrived from the camera. Try again, or choose a photo file.</source>
        <translation>Hakuna picha iliyotoka kwenye kamera. Jaribu tena, au uchague faili la picha.</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>Piga picha…</translation>
    </message>
</context>
<context>
    <name>fe::app::RecoveryCodeView</name>
    <message>
        <source>FieldEnrol recovery code

%1

Keep this sheet locked away, apart from the laptop.</source>
        <translation>Msimbo wa kurejesha wa FieldEnrol

%1

Hifadhi karatasi hii mahali palipofungwa, mbali na kompyuta.</translation>
    </message>
    <message>
        <source>This is the store's recovery code. It is shown only now. If the administrator's password is forgotten, only this code opens the records again. Write it down or print it, and keep it locked away, apart from the laptop.</source>
        <translation>Huu ni msimbo wa kurejesha wa hifadhi. Unaonyeshwa sasa tu. Nenosiri la msimamizi wa mfumo likisahaulika, ni msimbo huu pekee utakaofungua rekodi tena. Uandike au uuchapishe, na uuhifadhi mahali palipofungwa, mbali na kompyuta.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Nimeuandika(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Chapisha(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>fe::app::RegistrationPage</name>
    <message>
        <source>Register a worker</source>
        <translation>Sajili mfanyakazi</translation>
    </message>
    <message>
        <source>Any amount, paid whenever the member can.</source>
        <translation>Kiasi chochote, kinacholipwa wakati wowote mwanachama anapoweza.</translation>
    </message>
    <message>
        <source>%1 % of the member's monthly income.</source>
        <translation>%1 % ya mapato ya mwezi ya mwanachama.</translation>
    </message>
    <message>
        <source>%1 % of the household's monthly income, at least %2.</source>
        <translation>%1 % ya mapato ya kaya kwa mwezi, angalau %2.</translation>
    </message>
    <message>
        <source>Expected contribution: %1 a month.</source>
        <translation>Mchango unaotarajiwa: %1 kwa mwezi.</translation>
    </message>
    <message>
        <source>Enter the income on the first step to see the expected contribution.</source>
        <translation>Weka mapato kwenye hatua ya kwanza ili kuona mchango unaotarajiwa.</translation>
    </message>
    <message>
        <source>Write the date as a year (1985) or a day (14/03/1985).</source>
        <translation>Andika tarehe kama mwaka (1985) au siku (14/03/1985).</translation>
    </message>
    <message>
        <source>Write an amount in %1 without decimals, e.g. 2500000.</source>
        <translation>Andika kiasi kwa %1 bila desimali, mfano 2500000.</translation>
    </message>
    <message>
        <source>Write an amount in %1, e.g. 18000 or 18000.50.</source>
        <translation>Andika kiasi kwa %1, mfano 18000 au 18000.50.</translation>
    </message>
    <message>
        <source>No such place here: pick one from the list.</source>
        <translation>Hakuna mahali hapa: chagua kutoka kwenye orodha.</translation>
    </message>
    <message>
        <source>Read the text to the member, then tick this box once they agree.</source>
        <translation>Msomee mwanachama maandishi, kisha weka alama hapa akikubali.</translation>
    </message>
    <message>
        <source>Person %1: %2</source>
        <translation>Mtu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Hakuna kilichohifadhiwa: sehemu %n inahitaji kushughulikiwa.</numerusform>
            <numerusform>Hakuna kilichohifadhiwa: sehemu %n zinahitaji kushughulikiwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Sababu ya marekebisho</translation>
    </message>
    <message>
        <source>Why is this registration corrected? The reason is kept with the record.</source>
        <translation>Kwa nini usajili huu unarekebishwa? Sababu itahifadhiwa pamoja na rekodi.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Hakuna kilichohifadhiwa: %1</translation>
    </message>
    <message>
        <source>Correction of %1 saved on this laptop.</source>
        <translation>Marekebisho ya %1 yamehifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>%1 is registered and saved on this laptop. It will be sent to the central office at the next sync.</source>
        <translation>%1 amesajiliwa na kuhifadhiwa kwenye kompyuta hii. Rekodi itatumwa kwa ofisi kuu wakati wa usawazishaji ujao.</translation>
    </message>
    <message>
        <source>Correct a registration</source>
        <translation>Rekebisha usajili</translation>
    </message>
    <message>
        <source>1. Person</source>
        <translation>1. Mtu</translation>
    </message>
    <message>
        <source>2. Address and documents</source>
        <translation>2. Anwani na vitambulisho</translation>
    </message>
    <message>
        <source>3. Household</source>
        <translation>3. Kaya</translation>
    </message>
    <message>
        <source>4. Schemes</source>
        <translation>4. Mipango</translation>
    </message>
    <message>
        <source>5. Consent</source>
        <translation>5. Idhini</translation>
    </message>
    <message>
        <source>&amp;Given name (Lao script)</source>
        <translation>Jina la kwanza (hati ya Kilao)(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>Jina la kwanza(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;amily name (if any)</source>
        <translation>Jin&amp;a la ukoo (kama lipo)</translation>
    </message>
    <message>
        <source>Given name in Lat&amp;in letters</source>
        <translation>J&amp;ina la kwanza kwa herufi za Kilatini</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Jina la ukoo kwa herufi za Kilatini</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Jinsia(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Tarehe ya kuzaliwa(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>Kazi(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Monthly income (%1)</source>
        <translation>&amp;Mapato ya mwezi (%1)</translation>
    </message>
    <message>
        <source>H&amp;ousehold monthly income (%1)</source>
        <translation>Mapat&amp;o ya kaya kwa mwezi (%1)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>Kijiji(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Village or estate (optional)</source>
        <translation>Kijiji au mtaa (si lazima)(&amp;V)</translation>
    </message>
    <message>
        <source>Mobil&amp;e phone (optional)</source>
        <translation>Simu ya mkononi (si lazima)(&amp;E)</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>Kitambulisho(&amp;D)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>Nambari ya kitamb&amp;ulisho</translation>
    </message>
    <message>
        <source>Province of issue</source>
        <translation>Mkoa uliotoa</translation>
    </message>
    <message>
        <source>District of issue (optional)</source>
        <translation>Wilaya iliyotoa (si lazima)</translation>
    </message>
    <message>
        <source>Language &amp;read to the member</source>
        <translation>Lugha iliyosomwa kwa mwanachama(&amp;R)</translation>
    </message>
    <message>
        <source>How the member a&amp;greed</source>
        <translation>Jinsi mwanachama alivyokubali(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Witness (for spoken consent)</source>
        <translation>Shahidi (k&amp;wa idhini ya mdomo)</translation>
    </message>
    <message>
        <source>The member heard the text and &amp;agrees</source>
        <translation>Mwanachama &amp;amesikia maandishi na anakubali</translation>
    </message>
    <message>
        <source>A year (1985) is enough when the day is not known. Buddhist-era years (2528) are converted.</source>
        <translation>Mwaka (1985) unatosha siku isipojulikana. Miaka ya kalenda ya Kibudha (2528) hubadilishwa.</translation>
    </message>
    <message>
        <source>A year (1985) is enough when the day is not known.</source>
        <translation>Mwaka (1985) unatosha siku isipojulikana.</translation>
    </message>
    <message>
        <source>e.g. 020 5555 1234</source>
        <translation>mfano 020 5555 1234</translation>
    </message>
    <message>
        <source>e.g. 0712 345 678</source>
        <translation>mfano 0712 345 678</translation>
    </message>
    <message>
        <source>e.g. 2500000</source>
        <translation>mfano 2500000</translation>
    </message>
    <message>
        <source>e.g. 18000</source>
        <translation>mfano 18000</translation>
    </message>
    <message>
        <source>Add the people who live and eat with the member. Alt+A adds a person; Tab moves between cells; Delete removes the selected person.</source>
        <translation>Ongeza watu wanaoishi na kula pamoja na mwanachama. Alt+A huongeza mtu; Tab huhamia kisanduku kingine; Delete huondoa mtu aliyechaguliwa.</translation>
    </message>
    <message>
        <source>Tick the schemes the member joins. The expected contribution follows the scheme's rule.</source>
        <translation>Weka alama kwenye mipango anayojiunga nayo mwanachama. Mchango unaotarajiwa unafuata kanuni ya mpango.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Ongez&amp;a mtu</translation>
    </message>
    <message>
        <source>&amp;Remove person</source>
        <translation>Ondoa mtu(&amp;R)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Rudi(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>E&amp;ndelea &gt;</translation>
    </message>
    <message>
        <source>&amp;Save correction (Ctrl+S)</source>
        <translation>Hifadhi marekebi&amp;sho (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save registration (Ctrl+S)</source>
        <translation>Hifadhi u&amp;sajili (Ctrl+S)</translation>
    </message>
    <message>
        <source>New registration (Ctrl+N)</source>
        <translation>Usajili mpya (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing was saved: the existing record is opened instead.</source>
        <translation>Hakuna kilichohifadhiwa: rekodi iliyopo imefunguliwa badala yake.</translation>
    </message>
    <message>
        <source>Nothing was saved: this person may already be registered.</source>
        <translation>Hakuna kilichohifadhiwa: huenda mtu huyu tayari amesajiliwa.</translation>
    </message>
    <message>
        <source>The decision about possible duplicates could not be recorded: %1</source>
        <translation>Uamuzi kuhusu rekodi zinazoweza kujirudia haukuweza kurekodiwa: %1</translation>
    </message>
    <message>
        <source>Pho&amp;to (optional)</source>
        <translation>Picha (si lazima)(&amp;T)</translation>
    </message>
</context>
<context>
    <name>fe::app::SettingsPage</name>
    <message>
        <source>Choose the folder for the backup (e.g. a USB stick)</source>
        <translation>Chagua folda ya nakala rudufu (mfano kifaa cha USB)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Chagua nakala rudufu ya kurejesha</translation>
    </message>
    <message>
        <source>FieldEnrol stores (*.fieldenrol)</source>
        <translation>Hifadhidata za FieldEnrol (*.fieldenrol)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Rejesha nakala rudufu</translation>
    </message>
    <message>
        <source>Replace the store in use by this backup? Everything saved since the backup was made will be set aside (the current store is kept next to it, not deleted).</source>
        <translation>Badilisha hifadhidata inayotumika kwa nakala hii? Kila kitu kilichohifadhiwa tangu nakala ilipotengenezwa kitawekwa kando (hifadhidata ya sasa inabaki kando yake, haifutwi).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Inatengeneza nakala rudufu…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Nakala rudufu imeandikwa kwenye %1</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Inakagua na kurejesha nakala rudufu…</translation>
    </message>
    <message>
        <source>The backup is restored. The store that was in use is kept as %1</source>
        <translation>Nakala rudufu imerejeshwa. Hifadhidata iliyokuwa ikitumika imehifadhiwa kama %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Hakuna kilichorejeshwa: %1</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Jina la kifaa</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Kitambulisho cha kifaa</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Faili ya hifadhidata</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Wanachama</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Malipo</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Bado haijatumwa</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the screens</source>
        <translation>Lu&amp;gha ya skrini</translation>
    </message>
    <message>
        <source>Store on this laptop</source>
        <translation>Hifadhidata kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Nakala rudufu</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the store, made while you keep working. Keep it on a USB stick away from the laptop. Restoring checks the backup first and keeps the store it replaces.</source>
        <translation>Nakala rudufu ni nakala kamili ya hifadhidata, inayotengenezwa huku ukiendelea kufanya kazi. Iweke kwenye kifaa cha USB mbali na kompyuta. Kurejesha hukagua nakala kwanza na huhifadhi hifadhidata inayobadilishwa.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Tengeneza nakala sasa(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore a backup…</source>
        <translation>R&amp;ejesha nakala rudufu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after this many minutes without use:</source>
        <translation>Funga skrini baada ya dakika hizi bila matumizi(&amp;K):</translation>
    </message>
</context>
<context>
    <name>fe::app::StoreWorker</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Folda %1 haiwezi kuundwa.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>Hakuna mwanachama kama huyo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Imeghairiwa.</translation>
    </message>
    <message>
        <source>The decision about possible duplicates could not be recorded: %1</source>
        <translation>Uamuzi kuhusu rekodi zinazoweza kujirudia haukuweza kurekodiwa: %1</translation>
    </message>
    <message>
        <source>The check for possible duplicates could not run. Try again; if it keeps failing, lock and log in again.</source>
        <translation>Ukaguzi wa marudio yanayowezekana haukuweza kufanyika. Jaribu tena; ukiendelea kushindwa, funga kisha uingie tena.</translation>
    </message>
</context>
<context>
    <name>fe::app::SupervisorClient</name>
    <message>
        <source>Enter the supervisor credential in Settings, and enrol this device with the central office first.</source>
        <translation>Weka kitambulisho cha msimamizi kwenye Mipangilio, na usajili kifaa hiki na ofisi kuu kwanza.</translation>
    </message>
    <message>
        <source>The central office sent an answer this version cannot read.</source>
        <translation>Ofisi kuu imetuma jibu ambalo toleo hili haliwezi kusoma.</translation>
    </message>
</context>
<context>
    <name>fe::app::SupervisorPage</name>
    <message>
        <source>The flag is resolved.</source>
        <translation>Alama imetatuliwa.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Usimamizi</translation>
    </message>
    <message>
        <source>Choose a flag first.</source>
        <translation>Chagua alama kwanza.</translation>
    </message>
    <message>
        <source>Supervision: devices and duplicate flags</source>
        <translation>Usimamizi: vifaa na alama za marudio</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Vifaa</translation>
    </message>
    <message>
        <source>Duplicate flags</source>
        <translation>Alama za marudio</translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation>Mtu &amp;yule yule</translation>
    </message>
    <message>
        <source>&amp;Distinct people</source>
        <translation>Watu &amp;tofauti</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Onyesha upya(&amp;F)</translation>
    </message>
</context>
<context>
    <name>fe::app::SyncPage</name>
    <message>
        <source>Choose the folder for the bundle (e.g. a USB stick)</source>
        <translation>Chagua folda ya kifurushi (mfano kifaa cha USB)</translation>
    </message>
    <message>
        <source>Choose the acknowledgement from the central office</source>
        <translation>Chagua risiti ya kupokelewa kutoka ofisi kuu</translation>
    </message>
    <message>
        <source>Acknowledgements (*.feack);;All files (*)</source>
        <translation>Risiti za kupokelewa (*.feack);;Faili zote (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Usawazishaji</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nje ya mtandao</translation>
    </message>
    <message>
        <source>Online (metered link)</source>
        <translation>Mtandaoni (data inayolipiwa)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Mtandaoni</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Tuli</translation>
    </message>
    <message>
        <source>Checking the last batch…</source>
        <translation>Inakagua kundi la mwisho…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Inatuma…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Inapokea…</translation>
    </message>
    <message>
        <source>Comparing with the central office…</source>
        <translation>Inalinganisha na ofisi kuu…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>Inasubiri kujaribu tena…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Inaandika kifurushi…</translation>
    </message>
    <message>
        <source>Reading the acknowledgement…</source>
        <translation>Inasoma risiti ya kupokelewa…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mwanachama</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Malipo</translation>
    </message>
    <message>
        <source>Sync finished: everything is at the central office.</source>
        <translation>Usawazishaji umekamilika: kila kitu kiko ofisi kuu.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished. Still waiting: %n record(s).</source>
        <translation>
            <numerusform>Usawazishaji umekamilika. Bado inasubiri: rekodi %n.</numerusform>
            <numerusform>Usawazishaji umekamilika. Bado zinasubiri: rekodi %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost: the rest goes with the next sync.</source>
        <translation>Usawazishaji umeghairiwa. Hakuna kilichopotea: vilivyobaki vitaenda na usawazishaji ujao.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the central office yet: enrol it in Settings.</source>
        <translation>Kifaa hiki bado hakijasajiliwa na ofisi kuu: kisajili kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>Sync did not finish. It will be tried again.</source>
        <translation>Usawazishaji haukukamilika. Utajaribiwa tena.</translation>
    </message>
    <message>
        <source>Sync with the central office</source>
        <translation>Usawazishaji na ofisi kuu</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Muunganisho:</translation>
    </message>
    <message>
        <source>Central office:</source>
        <translation>Ofisi kuu:</translation>
    </message>
    <message>
        <source>Not sent yet:</source>
        <translation>Bado hazijatumwa:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Usawazishaji wa mwisho uliofaulu:</translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation>Data iliyotumwa:</translation>
    </message>
    <message>
        <source>%1 (district %2)</source>
        <translation>%1 (wilaya %2)</translation>
    </message>
    <message>
        <source>Not enrolled yet: enrol this device in Settings.</source>
        <translation>Bado hakijasajiliwa: sajili kifaa hiki kwenye Mipangilio.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>rekodi %n</numerusform>
            <numerusform>rekodi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sawazisha sasa(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ghairi</translation>
    </message>
    <message>
        <source>Set aside by the central office (%1)</source>
        <translation>Zilizowekwa kando na ofisi kuu (%1)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>&amp;Retry (selected, or all)</source>
        <translation>Jaribu tena (zilizochaguliwa, au zote)(&amp;R)</translation>
    </message>
    <message>
        <source>Without a network: USB stick</source>
        <translation>Bila mtandao: kifaa cha USB</translation>
    </message>
    <message>
        <source>Export the records not sent yet as a bundle, take it to the central office, and import the acknowledgement it gives you back. Only the acknowledgement marks records as sent.</source>
        <translation>Hamisha rekodi ambazo bado hazijatumwa kama kifurushi, kipeleke ofisi kuu, na uingize risiti ya kupokelewa utakayorudishiwa. Risiti pekee ndiyo huweka rekodi kuwa zimetumwa.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Hamisha kifurushi…</translation>
    </message>
    <message>
        <source>&amp;Import acknowledgement…</source>
        <translation>&amp;Ingiza risiti ya kupokelewa…</translation>
    </message>
    <message>
        <source>Not sent yet (%1, the oldest %2 shown)</source>
        <translation>Bado hazijatumwa (%1, za zamani zaidi %2 zinaonyeshwa)</translation>
    </message>
    <message>
        <source>Not sent yet (%1)</source>
        <translation>Bado hazijatumwa (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Badiliko</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Ilihifadhiwa</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mpya</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Marekebisho</translation>
    </message>
    <message>
        <source>Cancelled payment</source>
        <translation>Malipo yaliyobatilishwa</translation>
    </message>
</context>
<context>
    <name>fe::app::SyncWorker</name>
    <message>
        <source>No store is open.</source>
        <translation>Hakuna hifadhidata iliyofunguliwa.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>Rekodi %n itatumwa tena katika usawazishaji ujao.</numerusform>
            <numerusform>Rekodi %n zitatumwa tena katika usawazishaji ujao.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to the bundle. Take it to the central office and bring back its acknowledgement.</source>
        <translation>
            <numerusform>Rekodi %n imeandikwa kwenye kifurushi. Kipeleke ofisi kuu na urudishe risiti yake ya kupokelewa.</numerusform>
            <numerusform>Rekodi %n zimeandikwa kwenye kifurushi. Kipeleke ofisi kuu na urudishe risiti yake ya kupokelewa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) did not fit: export another bundle after this one.</source>
        <translation>
            <numerusform>Rekodi %n zaidi haikutosha: hamisha kifurushi kingine baada ya hiki.</numerusform>
            <numerusform>Rekodi %n zaidi hazikutosha: hamisha kifurushi kingine baada ya hiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>This acknowledgement was imported before: nothing changed.</source>
        <translation>Risiti hii ya kupokelewa iliingizwa awali: hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>Accepted by the central office: %1. Set aside: %2. Held back for now: %3.</source>
        <translation>Zimekubaliwa na ofisi kuu: %1. Zimewekwa kando: %2. Zimesimamishwa kwa sasa: %3.</translation>
    </message>
    <message>
        <source>The device is being enrolled already.</source>
        <translation>Kifaa tayari kinasajiliwa.</translation>
    </message>
    <message>
        <source>This device is enrolled with the central office.</source>
        <translation>Kifaa hiki kimesajiliwa na ofisi kuu.</translation>
    </message>
    <message>
        <source>The supervisor credential is saved.</source>
        <translation>Kitambulisho cha msimamizi kimehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this store file.</source>
        <translation>Fungua faili hii ya hifadhidata.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>faili</translation>
    </message>
</context>
</TS>
