<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<!-- Qt ships no Lao or Swahili translation of its own dialogs: these are the texts FieldEnrol
     shows from Qt (standard dialog buttons, wizard buttons, text-field menus). Written for FieldEnrol. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນທັງໝົດ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ບໍ່ທັງໝົດ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ຂ້າມໄປ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ປະຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຕັ້ງຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Go Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ຕໍ່ໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ຕໍ່ໄປ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ຢືນຢັນ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ສຳເລັດ(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການແກ້ໄຂ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການແກ້ໄຂ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>ກ່ຽວກັບ Qt</translation>
    </message>
</context>
</TS>
