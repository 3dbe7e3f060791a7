<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClusterModel</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to the trash?</source>
        <translation>
            <numerusform>Move %n file ({size}) to the trash?</numerusform><numerusform>Move %n files ({size}) to the trash?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>%n marked file will be kept (see details).</numerusform><numerusform>%n marked files will be kept (see details).</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● %n marked for trash</numerusform><numerusform>● %n marked for trash</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>Scan stopped: %n photo read (kept in the cache for next time)</numerusform><numerusform>Scan stopped: %n photos read (kept in the cache for next time)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>%n photo read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</numerusform><numerusform>%n photos read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>%n photo checked. Move the similarity slider towards Loose to find more.</numerusform><numerusform>%n photos checked. Move the similarity slider towards Loose to find more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n folder selected. Tick Reference for folders whose photos must stay.</numerusform><numerusform>%n folders selected. Tick Reference for folders whose photos must stay.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>%n lower-resolution copy marked</numerusform><numerusform>%n lower-resolution copies marked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>Moved %n file ({size}) to the trash.</numerusform><numerusform>Moved %n files ({size}) to the trash.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n file not moved: see Problems.</numerusform><numerusform>%n files not moved: see Problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>The last clean-up was interrupted. %n file was moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</numerusform><numerusform>The last clean-up was interrupted. %n files were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>Restored {n} of %n file from the trash.</numerusform><numerusform>Restored {n} of %n files from the trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>%n restored file is not in these results: scan again to see them.</numerusform><numerusform>%n restored files are not in these results: scan again to see them.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>%n folder to scan</numerusform><numerusform>%n folders to scan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n marked</numerusform><numerusform>%n marked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform><numerusform>⚠ %n problems</numerusform></translation>
    </message>
</context>
</TS>