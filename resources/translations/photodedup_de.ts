<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Finds near-duplicate photos (resized, re-compressed, converted or rotated copies) and moves the extra copies to the trash, never the last one.</source>
        <translation>Findet nahezu doppelte Fotos (verkleinerte, neu komprimierte, umgewandelte oder gedrehte Kopien) und verschiebt die überzähligen Kopien in den Papierkorb, nie die letzte.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with absolutely no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später ({spdx}). Sie wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Built with these libraries (name, version, licence):</source>
        <translation>Erstellt mit diesen Bibliotheken (Name, Version, Lizenz):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Photo Dedup is already running. Switch to its window: only one copy can run at a time, so two scans never fight over the same cache and trash.</source>
        <translation>Photo Dedup läuft bereits. Wechseln Sie zu dessen Fenster: Es kann immer nur eine Instanz laufen, damit sich zwei Suchen nie um denselben Cache und Papierkorb streiten.</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>{path}
Keeper: {reason}</source>
        <translation>{path}
Behalten: {reason}</translation>
    </message>
    <message>
        <source>{name}: {subtitle}, {kind}</source>
        <translation>{name}: {subtitle}, {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · {size} in other shots</source>
        <translation>{count} · {size} in anderen Aufnahmen</translation>
    </message>
    <message>
        <source>{count} · {size} in copies</source>
        <translation>{count} · {size} in Kopien</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Left photo</source>
        <translation>Linkes Foto</translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation>Rechtes Foto</translation>
    </message>
    <message>
        <source>Zoom of the larger photo (100 % = actual pixels)</source>
        <translation>Zoom des größeren Fotos (100 % = tatsächliche Pixel)</translation>
    </message>
    <message>
        <source>Compare tools</source>
        <translation>Vergleichswerkzeuge</translation>
    </message>
    <message>
        <source>← Back to group</source>
        <translation>← Zurück zur Gruppe</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Vorherige Gruppe</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Nächste Gruppe</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Blinken</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Rechtes behalten</translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation>Rechtes markieren</translation>
    </message>
    <message>
        <source>{text} (shortcut: {key})</source>
        <translation>{text} (Tastenkürzel: {key})</translation>
    </message>
    <message>
        <source>Right: {n} of {total} · ←/→ for the others</source>
        <translation>Rechts: {n} von {total} · ←/→ für die anderen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;: black where the photos agree, bright where they differ (D: back)</source>
        <translation>&lt;b&gt;Differenz&lt;/b&gt;: schwarz, wo die Fotos übereinstimmen, hell, wo sie sich unterscheiden (D: zurück)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blink&lt;/b&gt;: now the left photo (B: stop)</source>
        <translation>&lt;b&gt;Blinken&lt;/b&gt;: jetzt das linke Foto (B: beenden)</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent} %</translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to the trash?</source>
        <translation>
            <numerusform>%n Datei ({size}) in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Dateien ({size}) in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</source>
        <translation>
            <numerusform>Einschließlich %n Datei, die zu ihrem Foto gehört: eine Begleitdatei (.xmp, .aae…), die andere Datei einer RAW+JPEG-Aufnahme oder das Video eines Live Photos.</numerusform>
            <numerusform>Einschließlich %n Dateien, die zu ihren Fotos gehören: Begleitdateien (.xmp, .aae…), die andere Datei einer RAW+JPEG-Aufnahme, das Video eines Live Photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) kept: each also describes a photo that stays.</source>
        <translation>
            <numerusform>%n Begleitdatei wird behalten: Sie beschreibt auch ein Foto, das bleibt.</numerusform>
            <numerusform>%n Begleitdateien werden behalten: Jede beschreibt auch ein Foto, das bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>also describes {name}, which stays</source>
        <translation>beschreibt auch {name}, das bleibt</translation>
    </message>
    <message>
        <source>also describes a file that stays</source>
        <translation>beschreibt auch eine Datei, die bleibt</translation>
    </message>
    <message>
        <source>also moves: {name}</source>
        <translation>wird mitverschoben: {name}</translation>
    </message>
    <message>
        <source>stays: {name} ({reason})</source>
        <translation>bleibt: {name} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trashed:</source>
        <translation>Nicht in den Papierkorb:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves. You can undo with Edit → Undo Last Clean-up.</source>
        <translation>Behaltene Fotos und Fotos in Referenzordnern werden nie angetastet. Jede Datei wird direkt vor dem Verschieben erneut geprüft. Rückgängig machen können Sie mit Bearbeiten → Letzte Bereinigung rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>%n markierte Datei wird behalten (siehe Details).</numerusform>
            <numerusform>%n markierte Dateien werden behalten (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to {folder}?</source>
        <translation>
            <numerusform>%n Datei ({size}) nach {folder} verschieben?</numerusform>
            <numerusform>%n Dateien ({size}) nach {folder} verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves; nothing in the folder is overwritten (a taken name gets a number). You can undo with Edit → Undo Last Clean-up.</source>
        <translation>Behaltene Fotos und Fotos in Referenzordnern werden nie angetastet. Jede Datei wird direkt vor dem Verschieben erneut geprüft; im Ordner wird nichts überschrieben (ein bereits vergebener Name erhält eine Nummer). Rückgängig machen können Sie mit Bearbeiten → Letzte Bereinigung rückgängig machen.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move Marked Files to Folder</source>
        <translation>Markierte Dateien in Ordner verschieben</translation>
    </message>
    <message>
        <source>Undo Last Clean-up</source>
        <translation>Letzte Bereinigung rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the last clean-up ({summary}) from the trash?</source>
        <translation>Die letzte Bereinigung ({summary}) aus dem Papierkorb wiederherstellen?</translation>
    </message>
    <message>
        <source>Undo Clean-up</source>
        <translation>Bereinigung rückgängig machen</translation>
    </message>
    <message>
        <source>Put the files of this clean-up ({summary}) back where they were?</source>
        <translation>Die Dateien dieser Bereinigung ({summary}) wieder an ihren ursprünglichen Ort zurücklegen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>Dieses Foto &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>Markierung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Mark for Trash</source>
        <translation>Für den Papierkorb &amp;markieren</translation>
    </message>
    <message>
        <source>Compare with the &amp;Keeper</source>
        <translation>Mit dem &amp;behaltenen Foto vergleichen</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>Kein &amp;Duplikat</translation>
    </message>
    <message>
        <source>This photo is not a copy of the keeper: never group them together again</source>
        <translation>Dieses Foto ist keine Kopie des behaltenen Fotos: Die beiden nie wieder zusammen gruppieren</translation>
    </message>
    <message>
        <source>&amp;Open the Keeper</source>
        <translation>Behaltenes Foto ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the Keeper in &amp;Folder</source>
        <translation>Behaltenes Foto im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy the Keeper&apos;s Path</source>
        <translation>Pfad des behaltenen Fotos &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Mark All but the Keeper</source>
        <translation>Alle außer dem behaltenen Foto &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Unmark This Group</source>
        <translation>Markierungen dieser Gruppe &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates (Hide This Group)</source>
        <translation>Keine &amp;Duplikate (Gruppe ausblenden)</translation>
    </message>
    <message>
        <source>These photos are not copies of each other: never group them again</source>
        <translation>Diese Fotos sind keine Kopien voneinander: Sie nie wieder gruppieren</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>reference folder</source>
        <translation>Referenzordner</translation>
    </message>
    <message>
        <source>undamaged</source>
        <translation>unbeschädigt</translation>
    </message>
    <message>
        <source>camera RAW original ({format})</source>
        <translation>Kamera-RAW-Original ({format})</translation>
    </message>
    <message>
        <source>most pixels ({width}×{height})</source>
        <translation>die meisten Pixel ({width}×{height})</translation>
    </message>
    <message>
        <source>largest file ({size})</source>
        <translation>größte Datei ({size})</translation>
    </message>
    <message>
        <source>oldest file ({day})</source>
        <translation>älteste Datei ({day})</translation>
    </message>
    <message>
        <source>newest file ({day})</source>
        <translation>neueste Datei ({day})</translation>
    </message>
    <message>
        <source>shortest path</source>
        <translation>kürzester Pfad</translation>
    </message>
    <message>
        <source>all criteria equal; first by path</source>
        <translation>alle Kriterien gleich; die erste nach Pfad</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>shared with a file that stays</source>
        <translation>gehört auch zu einer Datei, die bleibt</translation>
    </message>
    <message>
        <source>shared with a file that stays ({path})</source>
        <translation>gehört auch zu einer Datei, die bleibt ({path})</translation>
    </message>
    <message>
        <source>every copy was selected: nothing in this group is trashed</source>
        <translation>alle Kopien wurden ausgewählt: aus dieser Gruppe kommt nichts in den Papierkorb</translation>
    </message>
    <message>
        <source>same file as a kept or already listed member (hard link or path given twice)</source>
        <translation>dieselbe Datei wie ein behaltenes oder bereits aufgeführtes Foto (harter Link oder zweimal angegebener Pfad)</translation>
    </message>
    <message>
        <source>inside a trash or photodedup folder</source>
        <translation>in einem Papierkorb- oder photodedup-Ordner</translation>
    </message>
    <message>
        <source>not under the scanned folders</source>
        <translation>nicht in den durchsuchten Ordnern</translation>
    </message>
    <message>
        <source>the result carries no verifiable content key (format version 1, or from another user or machine): only exact copies are trashed, after a byte comparison with their keeper; scan again to act on this one</source>
        <translation>das Ergebnis enthält keinen prüfbaren Inhaltsschlüssel (Formatversion 1 oder von einem anderen Benutzer oder Rechner): nur exakte Kopien kommen in den Papierkorb, nach einem Byte-Vergleich mit dem behaltenen Foto; erneut durchsuchen, um diese Datei zu bearbeiten</translation>
    </message>
    <message>
        <source>not listed by the scan (the result was edited beyond its actions)</source>
        <translation>nicht in den Suchergebnissen (das Ergebnis wurde über seine Aktionen hinaus bearbeitet)</translation>
    </message>
    <message>
        <source>not listed by the scan (it carries no seal: scan again to act on it)</source>
        <translation>nicht in den Suchergebnissen (ohne Siegel: erneut durchsuchen, um die Datei zu bearbeiten)</translation>
    </message>
    <message>
        <source>note: this result was grouped from fingerprints alone (photodedup group): no pair was checked on the pictures, and the files may never have been seen on this machine. Each file is re-checked here before it moves (same file, same bytes); one that is not here as the fingerprints recorded it is left in place</source>
        <translation>Hinweis: Dieses Ergebnis wurde nur aus Fingerabdrücken gruppiert (photodedup group): Kein Paar wurde an den Bildern geprüft, und die Dateien wurden auf diesem Rechner womöglich nie gesehen. Jede Datei wird hier vor dem Verschieben erneut geprüft (dieselbe Datei, dieselben Bytes); eine Datei, die hier nicht so vorliegt, wie die Fingerabdrücke sie erfasst haben, bleibt an ihrem Platz</translation>
    </message>
    <message>
        <source>note: it is format version 1 and carries no content keys, so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>Hinweis: Es hat Formatversion 1 und enthält keine Inhaltsschlüssel, daher können die Bytes nicht mit der Suche abgeglichen werden: Nur exakte Kopien kommen in den Papierkorb, nach einem byteweisen Vergleich mit dem behaltenen Foto; für die vollständigen Prüfungen erneut durchsuchen</translation>
    </message>
    <message>
        <source>note: its seals cannot be checked (written by another user or machine), so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>Hinweis: Seine Siegel können nicht geprüft werden (von einem anderen Benutzer oder Rechner geschrieben), daher können die Bytes nicht mit der Suche abgeglichen werden: Nur exakte Kopien kommen in den Papierkorb, nach einem byteweisen Vergleich mit dem behaltenen Foto; für die vollständigen Prüfungen erneut durchsuchen</translation>
    </message>
    <message>
        <source>root not usable: {error}</source>
        <translation>Stammordner nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>cannot list folder: {error}</source>
        <translation>Ordner kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Bytes)</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>größer als {limit} Bytes</translation>
    </message>
    <message>
        <source>the file changed since it was listed</source>
        <translation>die Datei hat sich geändert, seit sie aufgelistet wurde</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>die Datei hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>{size} bytes is over the {limit} limit</source>
        <translation>{size} Bytes überschreiten die Grenze von {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>über der Grenze von {limit} Bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>{width}x{height} is over {limit} pixels</source>
        <translation>{width}x{height} ist über {limit} Pixel</translation>
    </message>
    <message>
        <source>{width}x{height} declared by a {size}-byte file (a decompression bomb)</source>
        <translation>{width}x{height}, angegeben von einer {size}-Byte-Datei (eine Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>{format}-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>kein lesbares Bild</translation>
    </message>
    <message>
        <source>not enough memory to decode ({error})</source>
        <translation>nicht genug Speicher zum Dekodieren ({error})</translation>
    </message>
    <message>
        <source>not enough memory to decode</source>
        <translation>nicht genug Speicher zum Dekodieren</translation>
    </message>
    <message>
        <source>not a readable {format} file (no image size)</source>
        <translation>keine lesbare {format}-Datei (keine Bildgröße)</translation>
    </message>
    <message>
        <source>not a readable {format} file ({error})</source>
        <translation>keine lesbare {format}-Datei ({error})</translation>
    </message>
    <message>
        <source>damaged {format} file ({error})</source>
        <translation>beschädigte {format}-Datei ({error})</translation>
    </message>
    <message>
        <source>decoder processes fail to start ({error})</source>
        <translation>Decoder-Prozesse starten nicht ({error})</translation>
    </message>
    <message>
        <source>the decoder process did not start</source>
        <translation>der Decoder-Prozess ist nicht gestartet</translation>
    </message>
    <message>
        <source>the decoder process is gone</source>
        <translation>der Decoder-Prozess ist weg</translation>
    </message>
    <message>
        <source>the decoder was shut down</source>
        <translation>der Decoder wurde beendet</translation>
    </message>
    <message>
        <source>the decoder crashed ({signal})</source>
        <translation>der Decoder ist abgestürzt ({signal})</translation>
    </message>
    <message>
        <source>the decoder ran out of memory</source>
        <translation>dem Decoder ist der Speicher ausgegangen</translation>
    </message>
    <message>
        <source>the decoder exited unexpectedly (code {code})</source>
        <translation>der Decoder wurde unerwartet beendet (Code {code})</translation>
    </message>
    <message>
        <source>decoding took longer than {seconds} s</source>
        <translation>das Dekodieren dauerte länger als {seconds} s</translation>
    </message>
    <message>
        <source>the cluster could not decode it ({error})</source>
        <translation>der Cluster konnte sie nicht dekodieren ({error})</translation>
    </message>
    <message>
        <source>the cluster returned no result for it</source>
        <translation>der Cluster lieferte kein Ergebnis dafür</translation>
    </message>
    <message>
        <source>unreadable EXIF, orientation ignored ({error})</source>
        <translation>unlesbare EXIF-Daten, Ausrichtung ignoriert ({error})</translation>
    </message>
    <message>
        <source>damaged EXIF ({error})</source>
        <translation>beschädigte EXIF-Daten ({error})</translation>
    </message>
    <message>
        <source>invalid EXIF orientation {value} ignored</source>
        <translation>ungültige EXIF-Ausrichtung {value} ignoriert</translation>
    </message>
    <message>
        <source>damaged metadata ({error})</source>
        <translation>beschädigte Metadaten ({error})</translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation>keine normale Datei mehr</translation>
    </message>
    <message>
        <source>modified ({fields})</source>
        <translation>verändert ({fields})</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>sein Ordner führt jetzt woandershin (ein symbolischer Link wurde eingesetzt)</translation>
    </message>
    <message>
        <source>its bytes differ from the keeper&apos;s (not an exact copy)</source>
        <translation>seine Bytes unterscheiden sich von denen der behaltenen Datei (keine exakte Kopie)</translation>
    </message>
    <message>
        <source>still in place after moving</source>
        <translation>nach dem Verschieben noch an Ort und Stelle</translation>
    </message>
    <message>
        <source>moved away, but not found in the destination folder</source>
        <translation>weg verschoben, aber nicht im Zielordner gefunden</translation>
    </message>
    <message>
        <source>still in place after trashing (the trash reported success)</source>
        <translation>nach dem Verschieben in den Papierkorb noch an Ort und Stelle (der Papierkorb meldete Erfolg)</translation>
    </message>
    <message>
        <source>moved away, but not found in the trash</source>
        <translation>weg verschoben, aber nicht im Papierkorb gefunden</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>cannot be checked ({error})</source>
        <translation>kann nicht geprüft werden ({error})</translation>
    </message>
    <message>
        <source>is the same file as the one to trash</source>
        <translation>ist dieselbe Datei wie die, die in den Papierkorb soll</translation>
    </message>
    <message>
        <source>content differs from the scan</source>
        <translation>Inhalt weicht von der Suche ab</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>changed since scan: {problem}</source>
        <translation>seit der Suche geändert: {problem}</translation>
    </message>
    <message>
        <source>keeper changed: {path} {problem}</source>
        <translation>behaltene Datei geändert: {path} {problem}</translation>
    </message>
    <message>
        <source>cannot be re-read ({kind}: {error})</source>
        <translation>kann nicht erneut gelesen werden ({kind}: {error})</translation>
    </message>
    <message>
        <source>not trashed: the undo journal cannot be written ({error})</source>
        <translation>nicht in den Papierkorb verschoben: das Rückgängig-Protokoll kann nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <source>could not move: {error}</source>
        <translation>konnte nicht verschoben werden: {error}</translation>
    </message>
    <message>
        <source>could not trash: {error}</source>
        <translation>konnte nicht in den Papierkorb verschoben werden: {error}</translation>
    </message>
    <message>
        <source>its photo was not trashed: {path}</source>
        <translation>sein Foto wurde nicht in den Papierkorb verschoben: {path}</translation>
    </message>
    <message>
        <source>not moved: the undo journal cannot be written ({error})</source>
        <translation>nicht verschoben: das Rückgängig-Protokoll kann nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <source>could not move: {error} [errno {errno}]</source>
        <translation>konnte nicht verschoben werden: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>no usable trash on this drive ({where}); file left in place</source>
        <translation>kein nutzbarer Papierkorb auf diesem Laufwerk ({where}); Datei bleibt an Ort und Stelle</translation>
    </message>
    <message>
        <source>could not trash: {error} [errno {errno}]</source>
        <translation>konnte nicht in den Papierkorb verschoben werden: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>its photo was not moved: {path}</source>
        <translation>sein Foto wurde nicht verschoben: {path}</translation>
    </message>
    <message>
        <source>no free name in the trash</source>
        <translation>kein freier Name im Papierkorb</translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation>Zugriff verweigert: {path}</translation>
    </message>
    <message>
        <source>trash entry taken</source>
        <translation>Papierkorb-Eintrag schon belegt</translation>
    </message>
    <message>
        <source>the file changed just before the move</source>
        <translation>die Datei hat sich kurz vor dem Verschieben geändert</translation>
    </message>
    <message>
        <source>pywin32 is needed to move files to the Recycle Bin safely</source>
        <translation>pywin32 wird benötigt, um Dateien sicher in den Papierkorb zu verschieben</translation>
    </message>
    <message>
        <source>the Recycle Bin refused the file (not recyclable)</source>
        <translation>der Papierkorb hat die Datei abgelehnt (kann nicht in den Papierkorb)</translation>
    </message>
    <message>
        <source>a file already exists at the original path</source>
        <translation>am ursprünglichen Pfad gibt es bereits eine Datei</translation>
    </message>
    <message>
        <source>no longer in the trash</source>
        <translation>nicht mehr im Papierkorb</translation>
    </message>
    <message>
        <source>no longer in the folder</source>
        <translation>nicht mehr im Ordner</translation>
    </message>
    <message>
        <source>was never trashed (still in place)</source>
        <translation>wurde nie in den Papierkorb verschoben (noch an Ort und Stelle)</translation>
    </message>
    <message>
        <source>its new path is not recorded</source>
        <translation>sein neuer Pfad ist nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>not found in the trash</source>
        <translation>nicht im Papierkorb gefunden</translation>
    </message>
    <message>
        <source>the trash entry is not the file that was trashed ({changes}); left in the trash</source>
        <translation>der Papierkorb-Eintrag ist nicht die Datei, die in den Papierkorb verschoben wurde ({changes}); bleibt im Papierkorb</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the trash</source>
        <translation>sein Ordner führt jetzt woandershin ({folder}); bleibt im Papierkorb</translation>
    </message>
    <message>
        <source>the moved file is not the file that was moved ({changes}); left in the folder it was moved to</source>
        <translation>die verschobene Datei ist nicht die Datei, die verschoben wurde ({changes}); bleibt im Ordner, in den sie verschoben wurde</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the folder it was moved to</source>
        <translation>sein Ordner führt jetzt woandershin ({folder}); bleibt im Ordner, in den sie verschoben wurde</translation>
    </message>
    <message>
        <source>cannot be checked in the trash ({error})</source>
        <translation>kann im Papierkorb nicht geprüft werden ({error})</translation>
    </message>
    <message>
        <source>could not restore: {error}</source>
        <translation>konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <source>interrupted during the move</source>
        <translation>während des Verschiebens unterbrochen</translation>
    </message>
    <message>
        <source>interrupted before the move</source>
        <translation>vor dem Verschieben unterbrochen</translation>
    </message>
    <message>
        <source>{count} files trashed on {when}</source>
        <translation>{count} Dateien am {when} in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>{count} file moved on {when}</source>
        <translation>{count} Datei am {when} verschoben</translation>
    </message>
    <message>
        <source>{count} files moved on {when}</source>
        <translation>{count} Dateien am {when} verschoben</translation>
    </message>
    <message>
        <source>{count} file trashed on {when}</source>
        <translation>{count} Datei am {when} in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>the folder is on another drive: photodedup moves files only within one drive (it never copies a photo and deletes the original)</source>
        <translation>der Ordner liegt auf einem anderen Laufwerk: photodedup verschiebt Dateien nur innerhalb eines Laufwerks (es kopiert nie ein Foto, um das Original zu löschen)</translation>
    </message>
    <message>
        <source>no free name in the folder</source>
        <translation>kein freier Name im Ordner</translation>
    </message>
    <message>
        <source>the name was taken at the destination</source>
        <translation>der Name ist am Ziel schon belegt</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>the folder is inside a trash or photodedup&apos;s own folders</source>
        <translation>der Ordner liegt in einem Papierkorb oder in photodedups eigenen Ordnern</translation>
    </message>
    <message>
        <source>the folder is inside a reference folder (reference photos are never touched)</source>
        <translation>der Ordner liegt in einem Referenzordner (Referenzfotos werden nie angerührt)</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the file changed during the move</source>
        <translation>die Datei hat sich während des Verschiebens geändert</translation>
    </message>
    <message>
        <source>the folder cannot be used ({error})</source>
        <translation>der Ordner kann nicht verwendet werden ({error})</translation>
    </message>
    <message>
        <source>the folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>der Ordner führt jetzt woandershin (ein symbolischer Link wurde eingesetzt)</translation>
    </message>
    <message>
        <source>cannot move into {folder}: {problem}</source>
        <translation>Verschieben nach {folder} nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>{folder}: {problem}</source>
        <translation>Ordner {folder}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not a photodedup scan result</source>
        <translation>{path} ist kein Suchergebnis von photodedup</translation>
    </message>
    <message>
        <source>{path} has format version {version}; expected one of 1, 2</source>
        <translation>{path} hat die Formatversion {version}; erwartet wird 1 oder 2</translation>
    </message>
    <message>
        <source>{path}: &apos;groups&apos; must be a list</source>
        <translation>{path}: &apos;groups&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>bad group entry: {entry}</source>
        <translation>ungültiger Gruppeneintrag: {entry}</translation>
    </message>
    <message>
        <source>group {id}: unknown kind {kind}</source>
        <translation>Gruppe {id}: unbekannte Art {kind}</translation>
    </message>
    <message>
        <source>group {id}: &apos;members&apos; must be a list</source>
        <translation>Gruppe {id}: &apos;members&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>group {id}: bad member {member}</source>
        <translation>Gruppe {id}: ungültiges Mitglied {member}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: nested too deeply</source>
        <translation>{path} kann nicht gelesen werden: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of paths (no NUL bytes)</source>
        <translation>{path}: &apos;{key}&apos; muss eine Liste von Pfaden sein (ohne NUL-Bytes)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Zu durchsuchende Ordner</translation>
    </message>
    <message>
        <source>Photos in a reference folder are compared but never trashed</source>
        <translation>Fotos in einem Referenzordner werden verglichen, aber nie in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Tip: drop folders here. Tick Reference for originals to protect.</source>
        <translation>Tipp: Ordner hierher ziehen. „Referenz“ ankreuzen, um Originale zu schützen.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Order found</source>
        <translation>Fundreihenfolge</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>Freizugebender Platz</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>Anzahl der Fotos</translation>
    </message>
    <message>
        <source>Most alike first</source>
        <translation>Ähnlichste zuerst</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>Search names and folders</source>
        <translation>Namen und Ordner durchsuchen</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen durchsuchen</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Gruppen sortieren nach</translation>
    </message>
    <message>
        <source>Only with marks</source>
        <translation>Nur mit Markierungen</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Identical copies</source>
        <translation>Identische Kopien</translation>
    </message>
    <message>
        <source>Look-alike copies</source>
        <translation>Ähnliche Kopien</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Ähnliche Aufnahmen</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● %n für den Papierkorb markiert</numerusform>
            <numerusform>● %n für den Papierkorb markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Duplikatgruppen</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Photos of the selected group</source>
        <translation>Fotos der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Dieses Bild kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>in the trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>still in the trash (could not restore)</source>
        <translation>noch im Papierkorb (Wiederherstellen fehlgeschlagen)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>nicht verschoben</translation>
    </message>
    <message>
        <source>moved to {folder}</source>
        <translation>verschoben nach {folder}</translation>
    </message>
    <message>
        <source>still in {folder} (could not restore)</source>
        <translation>noch in {folder} (Wiederherstellen fehlgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <source>{when} · %n file(s) moved</source>
        <translation>
            <numerusform>{when} · %n Datei verschoben</numerusform>
            <numerusform>{when} · %n Dateien verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clean-up History</source>
        <translation>Bereinigungsverlauf</translation>
    </message>
    <message>
        <source>Clean-up / file</source>
        <translation>Bereinigung / Datei</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Clean-ups, newest first</source>
        <translation>Bereinigungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No clean-up yet.</source>
        <translation>Noch keine Bereinigung.</translation>
    </message>
    <message>
        <source>&amp;Undo This Clean-up</source>
        <translation>Diese Bereinigung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Put the files of the selected clean-up back where they were</source>
        <translation>Die Dateien der ausgewählten Bereinigung wieder an ihren ursprünglichen Ort zurücklegen</translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <source>Not Duplicates</source>
        <translation>Keine Duplikate</translation>
    </message>
    <message>
        <source>Photos you said are not duplicates are never grouped together again, by the app or the command line, until you forget them here or a file changes.</source>
        <translation>Fotos, die laut Ihnen keine Duplikate sind, werden nie wieder gruppiert, weder von der App noch von der Befehlszeile, bis Sie sie hier vergessen oder sich eine Datei ändert.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Gemerkt am</translation>
    </message>
    <message>
        <source>Photos that are not duplicates, newest first</source>
        <translation>Fotos, die keine Duplikate sind, neueste zuerst</translation>
    </message>
    <message>
        <source>Nothing remembered yet: right-click a photo or a group and choose Not a Duplicate.</source>
        <translation>Noch nichts gemerkt: Klicken Sie mit der rechten Maustaste auf ein Foto oder eine Gruppe und wählen Sie „Kein Duplikat“.</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>Auswahl &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget &amp;All</source>
        <translation>&amp;Alle vergessen</translation>
    </message>
    <message>
        <source>Group of {count}: {names}</source>
        <translation>Gruppe von {count}: {names}</translation>
    </message>
    <message>
        <source>{first} is not a duplicate of {second}</source>
        <translation>{first} ist kein Duplikat von {second}</translation>
    </message>
</context>
<context>
    <name>KeepRules</name>
    <message>
        <source>Camera RAW original</source>
        <translation>Kamera-RAW-Original</translation>
    </message>
    <message>
        <source>Most pixels</source>
        <translation>Meiste Pixel</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Größte Datei</translation>
    </message>
    <message>
        <source>Oldest file</source>
        <translation>Älteste Datei</translation>
    </message>
    <message>
        <source>Newest file</source>
        <translation>Neueste Datei</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Kürzester Pfad</translation>
    </message>
</context>
<context>
    <name>KeepRulesEditor</name>
    <message>
        <source>Keeper rules, first decides</source>
        <translation>Regeln zum Behalten, die erste entscheidet</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Always first: photos in reference folders, then undamaged ones.</source>
        <translation>Immer zuerst: Fotos in Referenzordnern, dann unbeschädigte.</translation>
    </message>
</context>
<context>
    <name>LastReview</name>
    <message>
        <source>Reopening the last review…</source>
        <translation>Letzte Durchsicht wird wieder geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened the last review: %n decision(s) restored</source>
        <translation>
            <numerusform>Letzte Durchsicht wieder geöffnet: %n Entscheidung wiederhergestellt</numerusform>
            <numerusform>Letzte Durchsicht wieder geöffnet: %n Entscheidungen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n dropped because the file changed or vanished</source>
        <translation>
            <numerusform>; %n verworfen, weil die Datei geändert wurde oder verschwunden ist</numerusform>
            <numerusform>; %n verworfen, weil die Dateien geändert wurden oder verschwunden sind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
        <translation>Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Remembered as not duplicates: they will not be grouped again (Edit → Not Duplicates to undo).</source>
        <translation>Als „keine Duplikate“ gemerkt: Sie werden nicht wieder gruppiert (rückgängig mit Bearbeiten → Keine Duplikate).</translation>
    </message>
    <message>
        <source>Forgotten: those photos can be grouped again.</source>
        <translation>Vergessen: Diese Fotos können wieder gruppiert werden.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Files are being moved to the trash. Stop after the current file and quit?</source>
        <translation>Dateien werden in den Papierkorb verschoben. Nach der aktuellen Datei anhalten und beenden?</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>Suche angehalten: %n Foto gelesen (für das nächste Mal im Cache gespeichert)</numerusform>
            <numerusform>Suche angehalten: %n Fotos gelesen (für das nächste Mal im Cache gespeichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan finished: {photos}, {groups}, {errors}</source>
        <translation>Suche abgeschlossen: {photos}, {groups}, {errors}</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Fehler: {text}</translation>
    </message>
    <message>
        <source>Something went wrong:
{text}</source>
        <translation>Etwas ist schiefgegangen:
{text}</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Durchsuche…</translation>
    </message>
    <message>
        <source>Groups appear here when the scan ends.</source>
        <translation>Gruppen erscheinen hier, wenn die Suche fertig ist.</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>Zum Start einen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Photo Dedup finds resized, re-saved, converted and lightly edited copies of your photos. Drop a folder anywhere on this window, or click the button below. Nothing is ever deleted: copies go to the trash, and you can undo.</source>
        <translation>Photo Dedup findet verkleinerte, neu gespeicherte, umgewandelte und leicht bearbeitete Kopien Ihrer Fotos. Ziehen Sie einen Ordner irgendwohin in dieses Fenster oder klicken Sie auf die Schaltfläche unten. Es wird nie etwas gelöscht: Kopien kommen in den Papierkorb, und Sie können alles rückgängig machen.</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation>Suche angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>%n Foto gelesen, bevor die Suche angehalten wurde, bisher ohne Duplikate. Erneut durchsuchen, um den Rest zu lesen: Bereits Gelesenes bleibt erhalten.</numerusform>
            <numerusform>%n Fotos gelesen, bevor die Suche angehalten wurde, bisher ohne Duplikate. Erneut durchsuchen, um den Rest zu lesen: Bereits Gelesenes bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>Keine Duplikate gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n Ordner ausgewählt. „Referenz“ ankreuzen für Ordner, deren Fotos bleiben müssen.</numerusform>
            <numerusform>%n Ordner ausgewählt. „Referenz“ ankreuzen für Ordner, deren Fotos bleiben müssen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>%n Kopie mit geringerer Auflösung markiert</numerusform>
            <numerusform>%n Kopien mit geringerer Auflösung markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Nichts zu verschieben.</translation>
    </message>
    <message>
        <source>Cannot move files to {folder}: {reason}</source>
        <translation>Dateien können nicht nach {folder} verschoben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>%n Datei ({size}) nach {folder} verschoben.</numerusform>
            <numerusform>%n Dateien ({size}) nach {folder} verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>%n Datei ({size}) in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Dateien ({size}) in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n Datei nicht verschoben: siehe Probleme.</numerusform>
            <numerusform>%n Dateien nicht verschoben: siehe Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>Die letzte Bereinigung wurde unterbrochen. %n Datei wurde in den Papierkorb verschoben, aber nicht als erledigt vermerkt. Mit Bearbeiten → Letzte Bereinigung rückgängig machen holen Sie sie zurück.</numerusform>
            <numerusform>Die letzte Bereinigung wurde unterbrochen. %n Dateien wurden in den Papierkorb verschoben, aber nicht als erledigt vermerkt. Mit Bearbeiten → Letzte Bereinigung rückgängig machen holen Sie sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>{n} von %n Datei aus dem Papierkorb wiederhergestellt.</numerusform>
            <numerusform>{n} von %n Dateien aus dem Papierkorb wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>Erneut durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>%n Foto geprüft. Schieben Sie den Ähnlichkeitsregler Richtung „Locker“, um mehr zu finden.</numerusform>
            <numerusform>%n Fotos geprüft. Schieben Sie den Ähnlichkeitsregler Richtung „Locker“, um mehr zu finden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Durchsuchen</translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation>Jetzt durchsuchen</translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation>Nichts in den Papierkorb zu verschieben.</translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation>Es gibt keine Bereinigung zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Export Groups as CSV</source>
        <translation>Gruppen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Groups as JSON</source>
        <translation>Gruppen als JSON exportieren</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Group {n} of {total}: {count}</source>
        <translation>Gruppe {n} von {total}: {count}</translation>
    </message>
    <message>
        <source>←/→ other photo · M mark the right one · K keep it · S swap · D difference · B blink · N/P group · Esc back</source>
        <translation>←/→ anderes Foto · M rechtes markieren · K behalten · S tauschen · D Differenz · B blinken · N/P Gruppe · Esc zurück</translation>
    </message>
    <message>
        <source>Similar shots: different photos of one scene. Compare them and mark by hand; no bulk action marks them.</source>
        <translation>Ähnliche Aufnahmen: verschiedene Fotos einer Szene. Vergleichen und von Hand markieren; keine Sammelaktion markiert sie.</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation>←/→ Foto wählen · Leertaste für den Papierkorb markieren · K behalten · Eingabe vergleichen · Bild↓ nächste Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and reference photos cannot be marked</source>
        <translation>Behaltene Fotos und Referenzfotos können nicht markiert werden</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>PAPIERKORB</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>AUFNAHME</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>Suche &amp;anhalten</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo Last Clean-up…</source>
        <translation>Letzte Bereinigung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Clean-up &amp;History…</source>
        <translation>Bereinigungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates…</source>
        <translation>Keine &amp;Duplikate…</translation>
    </message>
    <message>
        <source>Trash &amp;Lower-Resolution Copies…</source>
        <translation>Kopien mit &amp;geringerer Auflösung in den Papierkorb…</translation>
    </message>
    <message>
        <source>&amp;Mark Lower-Resolution Copies</source>
        <translation>Kopien mit geringerer Auflösung &amp;markieren</translation>
    </message>
    <message>
        <source>Move &amp;Marked to Trash…</source>
        <translation>&amp;Markierte in den Papierkorb…</translation>
    </message>
    <message>
        <source>Move Marked to &amp;Folder…</source>
        <translation>Markierte in einen &amp;Ordner verschieben…</translation>
    </message>
    <message>
        <source>&amp;Clear All Marks</source>
        <translation>Alle Markierungen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>Nebeneinander &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Next Group</source>
        <translation>&amp;Nächste Gruppe</translation>
    </message>
    <message>
        <source>&amp;Previous Group</source>
        <translation>&amp;Vorherige Gruppe</translation>
    </message>
    <message>
        <source>Next &amp;Photo</source>
        <translation>Nächstes &amp;Foto</translation>
    </message>
    <message>
        <source>Previous P&amp;hoto</source>
        <translation>Vorheriges F&amp;oto</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>Dieses Foto &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Toggle Trash Mark</source>
        <translation>Papierkorb-Markierung &amp;umschalten</translation>
    </message>
    <message>
        <source>Show P&amp;roblems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Größere Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>&amp;Kleinere Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Fit Thumbnails to Window</source>
        <translation>Vorschaubilder an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Find Groups…</source>
        <translation>Gruppen &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;About Photo Dedup</source>
        <translation>Ü&amp;ber Photo Dedup</translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation>&amp;Zuletzt verwendete Ordner</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation>Kleinere Kopien wegwerfen</translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation>Markierte wegwerfen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Mark, in every group, each copy with fewer pixels than its keeper, then confirm</source>
        <translation>In jeder Gruppe jede Kopie mit weniger Pixeln als das behaltene Foto markieren, dann bestätigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Dieses behalten</translation>
    </message>
    <message>
        <source>RAW+JPEG shot, also: {names}</source>
        <translation>RAW+JPEG-Aufnahme, dazu: {names}</translation>
    </message>
    <message>
        <source>Live Photo, also: {names}</source>
        <translation>Live Photo, dazu: {names}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Mit: {names}</translation>
    </message>
    <message>
        <source>Moved to the trash with this photo and restored with it by Undo (a sidecar that also describes a file that stays, stays):</source>
        <translation>Wandern mit diesem Foto in den Papierkorb und kommen mit „Rückgängig“ zurück (eine Begleitdatei, die auch eine bleibende Datei beschreibt, bleibt):</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>PAPIERKORB</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>AUFNAHME</translation>
    </message>
    <message>
        <source>Suggested keeper: {reason}</source>
        <translation>Vorschlag zum Behalten: {reason}</translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation>In einem Referenzordner: kommt nie in den Papierkorb</translation>
    </message>
    <message>
        <source>Not moved to the trash. {reason}</source>
        <translation>Nicht in den Papierkorb verschoben. {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <source>Damaged (truncated)</source>
        <translation>Beschädigt (abgeschnitten)</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>Kein lesbares Bild</translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation>Nicht unterstütztes Format</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <source>Changed while reading</source>
        <translation>Beim Lesen verändert</translation>
    </message>
    <message>
        <source>Crashed the decoder</source>
        <translation>Decoder abgestürzt</translation>
    </message>
    <message>
        <source>Took too long to decode</source>
        <translation>Dekodieren dauerte zu lange</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>Keine reguläre Datei</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Suche Fotos…</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>Lese Fotos…</translation>
    </message>
    <message>
        <source>Grouping look-alikes…</source>
        <translation>Gruppiere ähnliche Fotos…</translation>
    </message>
    <message>
        <source>Moving to trash…</source>
        <translation>Verschiebe in den Papierkorb…</translation>
    </message>
    <message>
        <source>Restoring from trash…</source>
        <translation>Stelle aus dem Papierkorb wieder her…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>{done} files</source>
        <translation>{done} Dateien</translation>
    </message>
    <message>
        <source>{done} files · {rate:.0f}/s</source>
        <translation>{done} Dateien · {rate:.0f}/s</translation>
    </message>
    <message>
        <source>{rate:.0f} files/s · about {left} left</source>
        <translation>{rate:.0f} Dateien/s · noch etwa {left}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
</context>
<context>
    <name>SelectMenu</name>
    <message>
        <source>Mark &amp;All but the Keeper</source>
        <translation>&amp;Alle außer dem behaltenen Foto markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Smaller Files</source>
        <translation>&amp;Kleinere Dateien markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Older Files</source>
        <translation>Ä&amp;ltere Dateien markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Names Like “(1)” or “copy”</source>
        <translation>&amp;Namen wie „(1)“ oder „Kopie“ markieren</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>Au&amp;swahl</translation>
    </message>
    <message>
        <source>Mark Everything in a &amp;Folder…</source>
        <translation>Alles in einem &amp;Ordner markieren…</translation>
    </message>
    <message>
        <source>Only in the Selected &amp;Group</source>
        <translation>Nur in der ausgewählten &amp;Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked</source>
        <translation>
            <numerusform>%n Foto markiert</numerusform>
            <numerusform>%n Fotos markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to mark: keepers, reference photos and similar shots are skipped</source>
        <translation>Nichts zu markieren: Behaltene Fotos, Referenzfotos und ähnliche Aufnahmen werden übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>{folder} (%n copy(s))</source>
        <translation>
            <numerusform>{folder} (%n Kopie)</numerusform>
            <numerusform>{folder} (%n Kopien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything in a Folder</source>
        <translation>Alles in einem Ordner markieren</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Perceptual hash (pHash, 64 bit)</source>
        <translation>Wahrnehmungs-Hash (pHash, 64 Bit)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Minimum</translation>
    </message>
    <message>
        <source>Files smaller than this are skipped (icons, thumbnails)</source>
        <translation>Kleinere Dateien werden übersprungen (Symbole, Vorschaubilder)</translation>
    </message>
    <message>
        <source>One pattern per line, e.g.
*/cache/*
*.gif</source>
        <translation>Ein Muster pro Zeile, z. B.
*/cache/*
*.gif</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Also find mirrored and turned copies</source>
        <translation>Auch gespiegelte und gedrehte Kopien finden</translation>
    </message>
    <message>
        <source>Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag</source>
        <translation>Kopien, die ohne Drehungs-Tag gespiegelt oder um 90, 180 oder 270 Grad gedreht wurden</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopien:</translation>
    </message>
    <message>
        <source>Keep the photo with:</source>
        <translation>Das Foto behalten mit:</translation>
    </message>
    <message>
        <source>Size and exclusions apply to the next scan; the rest at once.</source>
        <translation>Größe und Ausschlüsse gelten ab der nächsten Suche, alles andere sofort.</translation>
    </message>
    <message>
        <source>Minimum file size:</source>
        <translation>Minimale Dateigröße:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Larger / smaller thumbnails</source>
        <translation>Größere / kleinere Vorschaubilder</translation>
    </message>
    <message>
        <source>The current photo&apos;s menu</source>
        <translation>Menü des aktuellen Fotos</translation>
    </message>
    <message>
        <source>Between folders, groups, cards and slider</source>
        <translation>Zwischen Ordnern, Gruppen, Karten und Regler</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>The other photos of the group, on the right</source>
        <translation>Die anderen Fotos der Gruppe, rechts</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Nächste Gruppe</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Vorherige Gruppe</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Die beiden Seiten tauschen</translation>
    </message>
    <message>
        <source>Fit to the panes</source>
        <translation>In die Bereiche einpassen</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Difference view: where the two differ</source>
        <translation>Differenzansicht: wo sich beide unterscheiden</translation>
    </message>
    <message>
        <source>Blink between the two photos</source>
        <translation>Zwischen den beiden Fotos blinken</translation>
    </message>
    <message>
        <source>Zoom both photos</source>
        <translation>Beide Fotos zoomen</translation>
    </message>
    <message>
        <source>Keep the right photo</source>
        <translation>Das rechte Foto behalten</translation>
    </message>
    <message>
        <source>Mark / unmark the right photo</source>
        <translation>Das rechte Foto markieren / Markierung aufheben</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Zurück zu den Karten</translation>
    </message>
    <message>
        <source>Similarity slider</source>
        <translation>Ähnlichkeitsregler</translation>
    </message>
    <message>
        <source>One step stricter / looser</source>
        <translation>Eine Stufe strenger / lockerer</translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation>Zwei Stufen</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Scan Again</source>
        <translation>Erneut durchsuchen</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>Ergebnisse veraltet</translation>
    </message>
    <message>
        <source>The folders changed since this scan: the results may be out of date.</source>
        <translation>Die Ordner haben sich seit dieser Suche geändert: Die Ergebnisse sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>The scan settings changed since this scan: the results may be out of date.</source>
        <translation>Die Sucheinstellungen haben sich seit dieser Suche geändert: Die Ergebnisse sind möglicherweise veraltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>%n wiederhergestellte Datei fehlt in diesen Ergebnissen: Erneut durchsuchen, um sie zu sehen.</numerusform>
            <numerusform>%n wiederhergestellte Dateien fehlen in diesen Ergebnissen: Erneut durchsuchen, um sie zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No folders yet</source>
        <translation>Noch keine Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>%n Ordner zu durchsuchen</numerusform>
            <numerusform>%n Ordner zu durchsuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>{photos} · {groups}</source>
        <translation>{photos} · {groups}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source> · {marked} ({size})</source>
        <translation> · {marked} ({size})</translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n markiert</numerusform>
            <numerusform>%n markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n Problem</numerusform>
            <numerusform>⚠ %n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How different two photos may be and still be grouped (0 = identical; the distance combines the hashes and a thumbnail check).</source>
        <translation>Wie verschieden zwei Fotos sein dürfen, um noch gruppiert zu werden (0 = identisch; der Abstand kombiniert die Hashes und einen Vorschaubild-Vergleich).</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Ähnlichkeitsschwelle</translation>
    </message>
    <message>
        <source>Left: stricter; right: looser</source>
        <translation>Links: strenger; rechts: lockerer</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Photos up to distance {n} apart are grouped</source>
        <translation>Fotos bis zu einem Abstand von {n} werden gruppiert</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{number} MP</source>
        <translation>{number} MP</translation>
    </message>
    <message>
        <source>{number} px</source>
        <translation>{number} px</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Changed since the scan</source>
        <translation>Seit der Suche geändert</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <source>Could not be moved</source>
        <translation>Konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>It was moved or deleted after the scan.</source>
        <translation>Die Datei wurde nach der Suche verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Its content is not what was scanned.</source>
        <translation>Der Inhalt der Datei ist nicht mehr der durchsuchte.</translation>
    </message>
    <message>
        <source>It was edited or replaced after the scan.</source>
        <translation>Die Datei wurde nach der Suche bearbeitet oder ersetzt.</translation>
    </message>
    <message>
        <source>It changed after the scan.</source>
        <translation>Die Datei wurde nach der Suche geändert.</translation>
    </message>
    <message>
        <source>It was left in place: scan again to review it.</source>
        <translation>Sie blieb an Ort und Stelle: Erneut durchsuchen, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The photo kept from this group changed after the scan, so no copy of it was moved. Scan again to review the group.</source>
        <translation>Das behaltene Foto dieser Gruppe wurde nach der Suche geändert, daher wurde keine seiner Kopien verschoben. Erneut durchsuchen, um die Gruppe zu prüfen.</translation>
    </message>
    <message>
        <source>Its photo was not moved, so it stays with it.</source>
        <translation>Das zugehörige Foto wurde nicht verschoben, daher bleibt die Datei bei ihm.</translation>
    </message>
    <message>
        <source>The clean-up was stopped before this file.</source>
        <translation>Die Bereinigung wurde vor dieser Datei angehalten.</translation>
    </message>
    <message>
        <source>This drive has no trash folder, so the file was left in place.</source>
        <translation>Dieses Laufwerk hat keinen Papierkorb, daher blieb die Datei an Ort und Stelle.</translation>
    </message>
    <message>
        <source>You are not allowed to move this file; it was left in place.</source>
        <translation>Sie dürfen diese Datei nicht verschieben; sie blieb an Ort und Stelle.</translation>
    </message>
    <message>
        <source>The file was left in place.</source>
        <translation>Die Datei blieb an Ort und Stelle.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sidecar of {owners}</source>
        <translation>Begleitdatei von {owners}</translation>
    </message>
    <message>
        <source>same shot as {owners}</source>
        <translation>dieselbe Aufnahme wie {owners}</translation>
    </message>
    <message>
        <source>Live Photo movie of {owners}</source>
        <translation>Live-Photo-Video von {owners}</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>unterbrochen: %n Datei wurde vor dem Anhalten nach {folder} verschoben (oben aufgeführt); &apos;photodedup undo&apos; holt sie zurück</numerusform>
            <numerusform>unterbrochen: %n Dateien wurden vor dem Anhalten nach {folder} verschoben (oben aufgeführt); &apos;photodedup undo&apos; holt sie zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>%n skipped</comment>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>move</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>unterbrochen: %n Datei wurde vor dem Anhalten in den Papierkorb verschoben (oben aufgeführt); &apos;photodedup undo&apos; holt sie zurück</numerusform>
            <numerusform>unterbrochen: %n Dateien wurden vor dem Anhalten in den Papierkorb verschoben (oben aufgeführt); &apos;photodedup undo&apos; holt sie zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trashed</source>
        <comment>%n trashed</comment>
        <translation>
            <numerusform>%n im Papierkorb</numerusform>
            <numerusform>%n im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>%n moved</comment>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>%n changed</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>%n failed</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>group {id}: keep {keepers}</source>
        <translation>Gruppe {id}: behalten {keepers}</translation>
    </message>
    <message>
        <source>refused {path}: {reason}</source>
        <translation>abgelehnt {path}: {reason}</translation>
    </message>
    <message>
        <source>kept sidecar {path}: {reason}</source>
        <translation>Begleitdatei behalten {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to the trash.</source>
        <comment>Dry run: would move %n files ({size}) to the trash.</comment>
        <translation>
            <numerusform>Probelauf: %n Datei ({size}) würde in den Papierkorb verschoben.</numerusform>
            <numerusform>Probelauf: %n Dateien ({size}) würden in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to {folder}.</source>
        <comment>Dry run: would move %n files ({size}) to {folder}.</comment>
        <translation>
            <numerusform>Probelauf: %n Datei ({size}) würde nach {folder} verschoben.</numerusform>
            <numerusform>Probelauf: %n Dateien ({size}) würden nach {folder} verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --yes to do it.</source>
        <translation>Mit --yes erneut ausführen, um es zu tun.</translation>
    </message>
    <message>
        <source>(grouped from fingerprints: scan the files on this machine first)</source>
        <translation>(aus Fingerabdrücken gruppiert: die Dateien zuerst auf diesem Rechner durchsuchen)</translation>
    </message>
    <message>
        <source>cannot move there: {error}</source>
        <translation>Verschieben dorthin nicht möglich: {error}</translation>
    </message>
    <message>
        <source>{photos} and {failures} imported; {missing}, {changed}, {skipped}</source>
        <translation>{photos} und {failures} importiert; {missing}, {changed}, {skipped}</translation>
    </message>
    <message>
        <source>export or import fingerprints as Parquet</source>
        <translation>Fingerabdrücke als Parquet exportieren oder importieren</translation>
    </message>
    <message>
        <source>write the cached fingerprints to FILE</source>
        <translation>die Fingerabdrücke aus dem Cache in FILE schreiben</translation>
    </message>
    <message>
        <source>only photos under these</source>
        <translation>nur Fotos darunter</translation>
    </message>
    <message>
        <source>add the fingerprints of FILEs to the cache</source>
        <translation>die Fingerabdrücke der FILEs in den Cache aufnehmen</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable), e.g. /mnt/archive=/Volumes/archive</source>
        <translation>Pfade, die mit OLD beginnen, als mit NEW beginnend lesen (mehrfach möglich), z. B. /mnt/archive=/Volumes/archive</translation>
    </message>
    <message>
        <source>store each row&apos;s own file identity without looking at the file (default: only files found here with the same size and mtime)</source>
        <translation>die Dateikennung jeder Zeile speichern, ohne die Datei anzusehen (Standard: nur hier gefundene Dateien mit gleicher Größe und mtime)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure</source>
        <comment>%n failures</comment>
        <translation>
            <numerusform>%n Fehlschlag</numerusform>
            <numerusform>%n Fehlschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found here</source>
        <comment>%n not found here</comment>
        <translation>
            <numerusform>%n hier nicht gefunden</numerusform>
            <numerusform>%n hier nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since</source>
        <comment>%n changed since</comment>
        <translation>
            <numerusform>%n seitdem geändert</numerusform>
            <numerusform>%n seitdem geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Parquet needs pyarrow: pip install &apos;photodedup[cluster]&apos;</source>
        <translation>Parquet braucht pyarrow: pip install &apos;photodedup[cluster]&apos;</translation>
    </message>
    <message>
        <source>{photos} and {failures} written to {file}</source>
        <translation>{photos} und {failures} in {file} geschrieben</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>must be between 0 and {maximum}</source>
        <translation>muss zwischen 0 und {maximum} liegen</translation>
    </message>
    <message>
        <source>largest distance between copies (mean of hash and thumbnail distance), 0-{maximum} (default {default})</source>
        <translation>größter Abstand zwischen Kopien (Mittel aus Hash- und Vorschaubildabstand), 0-{maximum} (Standard {default})</translation>
    </message>
    <message>
        <source>also scan DIR, but never trash its files (repeatable)</source>
        <translation>auch DIR durchsuchen, seine Dateien aber nie in den Papierkorb verschieben (mehrfach möglich)</translation>
    </message>
    <message>
        <source>skip matching paths</source>
        <translation>passende Pfade überspringen</translation>
    </message>
    <message>
        <source>skip smaller files</source>
        <translation>kleinere Dateien überspringen</translation>
    </message>
    <message>
        <source>decoder processes (0: per core)</source>
        <translation>Decoder-Prozesse (0: je Kern)</translation>
    </message>
    <message>
        <source>neither read nor write the cache</source>
        <translation>den Cache weder lesen noch schreiben</translation>
    </message>
    <message>
        <source>also find mirrored and 90/180/270-degree turned copies (no EXIF tag)</source>
        <translation>auch gespiegelte und um 90/180/270 Grad gedrehte Kopien finden (ohne EXIF-Angabe)</translation>
    </message>
    <message>
        <source>--map wants OLD=NEW, not {item}</source>
        <translation>--map erwartet OLD=NEW, nicht {item}</translation>
    </message>
    <message>
        <source>Find near-duplicate photos and clean them up safely.</source>
        <translation>Nahezu doppelte Fotos finden und sicher aufräumen.</translation>
    </message>
    <message>
        <source>find groups of near-duplicate photos</source>
        <translation>Gruppen nahezu doppelter Fotos finden</translation>
    </message>
    <message>
        <source>write the result as JSON (&apos;-&apos;: stdout)</source>
        <translation>das Ergebnis als JSON schreiben (&apos;-&apos;: Standardausgabe)</translation>
    </message>
    <message>
        <source>write one row per group member</source>
        <translation>eine Zeile je Gruppenmitglied schreiben</translation>
    </message>
    <message>
        <source>suggest &apos;trash&apos; for every copy with fewer pixels than its keeper (default: only byte-identical copies)</source>
        <translation>&apos;trash&apos; für jede Kopie mit weniger Pixeln als das behaltene Foto vorschlagen (Standard: nur byte-identische Kopien)</translation>
    </message>
    <message>
        <source>decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] (needs photodedup[cluster]; files at the same paths on every worker)</source>
        <translation>auf einem Dask-Cluster dekodieren: eine Scheduler-Adresse (tcp://HOST:8786) oder local[:N] (braucht photodedup[cluster]; Dateien unter denselben Pfaden auf jedem Worker)</translation>
    </message>
    <message>
        <source>trash the members marked &apos;trash&apos; in a scan result</source>
        <translation>die mit &apos;trash&apos; markierten Mitglieder eines Suchergebnisses in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>really do it (default: dry run)</source>
        <translation>wirklich ausführen (Standard: Probelauf)</translation>
    </message>
    <message>
        <source>move the files into DIR (same drive) instead of the trash; undo brings them back</source>
        <translation>die Dateien statt in den Papierkorb nach DIR verschieben (selbes Laufwerk); undo holt sie zurück</translation>
    </message>
    <message>
        <source>list library photos that are near-duplicates of IMAGE</source>
        <translation>Fotos der Bibliothek auflisten, die nahezu Duplikate von IMAGE sind</translation>
    </message>
    <message>
        <source>scan these first</source>
        <translation>diese zuerst durchsuchen</translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation>die Treffer als JSON ausgeben</translation>
    </message>
    <message>
        <source>restore the files of the last clean-up from the trash</source>
        <translation>die Dateien der letzten Bereinigung aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</source>
        <comment>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</comment>
        <translation>
            <numerusform>%n Foto im Cache wurde seit dem Einlesen geändert oder ist verschwunden und wird nicht durchsucht; ROOT-Ordner angeben, um es erneut zu durchsuchen</numerusform>
            <numerusform>%n Fotos im Cache wurden seit dem Einlesen geändert oder sind verschwunden und werden nicht durchsucht; ROOT-Ordner angeben, um sie erneut zu durchsuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file or folder: {path}</source>
        <translation>Datei oder Ordner nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicate of {path} among %n photo.</source>
        <comment>No near-duplicate of {path} among %n photos.</comment>
        <translation>
            <numerusform>Kein nahezu doppeltes Foto von {path} unter %n Foto.</numerusform>
            <numerusform>Kein nahezu doppeltes Foto von {path} unter %n Fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>grouped from fingerprints alone: pairs a scan checks on the pictures were decided by the fingerprints (pixels not checked)</source>
        <translation>nur aus Fingerabdrücken gruppiert: Paare, die eine Suche an den Bildern prüft, wurden nach den Fingerabdrücken entschieden (Pixel nicht geprüft)</translation>
    </message>
    <message>
        <source>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</source>
        <translation>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</translation>
    </message>
    <message>
        <source>group the fingerprints of Parquet files (no access to the photos needed)</source>
        <translation>die Fingerabdrücke von Parquet-Dateien gruppieren (kein Zugriff auf die Fotos nötig)</translation>
    </message>
    <message>
        <source>also find mirrored and turned copies</source>
        <translation>auch gespiegelte und gedrehte Kopien finden</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable)</source>
        <translation>Pfade, die mit OLD beginnen, als mit NEW beginnend lesen (mehrfach möglich)</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint</source>
        <comment>%n fingerprints</comment>
        <translation>
            <numerusform>%n Fingerabdruck</numerusform>
            <numerusform>%n Fingerabdrücke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <comment>%n groups</comment>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{here} of the %n grouped file found here unchanged</source>
        <comment>{here} of the %n grouped files found here unchanged</comment>
        <translation>
            <numerusform>{here} der %n gruppierten Datei hier unverändert gefunden</numerusform>
            <numerusform>{here} der %n gruppierten Dateien hier unverändert gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the fingerprints: {error}</source>
        <translation>die Fingerabdrücke können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>list or clear the photos marked &apos;not a duplicate&apos;</source>
        <translation>die als „kein Duplikat“ markierten Fotos auflisten oder vergessen</translation>
    </message>
    <message>
        <source>show each entry with its id</source>
        <translation>jeden Eintrag mit seiner ID anzeigen</translation>
    </message>
    <message>
        <source>forget the entries ID... (default: all)</source>
        <translation>die Einträge ID... vergessen (Standard: alle)</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten</source>
        <comment>%n forgotten</comment>
        <translation>
            <numerusform>%n vergessen</numerusform>
            <numerusform>%n vergessen</numerusform>
        </translation>
    </message>
    <message>
        <source>pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Nothing is marked &apos;not a duplicate&apos;.</source>
        <translation>Nichts ist als „kein Duplikat“ markiert.</translation>
    </message>
    <message>
        <source>no entry {number}</source>
        <translation>kein Eintrag {number}</translation>
    </message>
    <message>
        <source>the list could not be changed: {error}</source>
        <translation>die Liste konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>permission_denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>decoder_crashed</source>
        <translation>Decoder abgestürzt</translation>
    </message>
    <message>
        <source>decoder_timeout</source>
        <translation>Decoder-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>not_a_regular_file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</source>
        <translation>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</translation>
    </message>
    <message>
        <source>not a folder or a photo file (a FIFO, socket or device)</source>
        <translation>weder Ordner noch Fotodatei (ein FIFO, Socket oder Gerät)</translation>
    </message>
    <message>
        <source>error {kind}: {path}: {message}</source>
        <translation>Fehler {kind}: {path}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <comment>%n files</comment>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoded</source>
        <comment>%n decoded</comment>
        <translation>
            <numerusform>%n dekodiert</numerusform>
            <numerusform>%n dekodiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <comment>%n from cache</comment>
        <translation>
            <numerusform>%n aus dem Cache</numerusform>
            <numerusform>%n aus dem Cache</numerusform>
        </translation>
    </message>
    <message>
        <source> - cancelled, partial result</source>
        <translation> - abgebrochen, Teilergebnis</translation>
    </message>
    <message>
        <source>group {id} ({kind}, keeper: {reason})</source>
        <translation>Gruppe {id} ({kind}, behalten: {reason})</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>cannot use {error}</source>
        <translation>nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>cannot write the result: {error}</source>
        <translation>das Ergebnis kann nicht geschrieben werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <comment>%n restored</comment>
        <translation>
            <numerusform>%n wiederhergestellt</numerusform>
            <numerusform>%n wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}, {not_restored}</source>
        <translation>{restored}, {not_restored}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>wiederhergestellt {path}</translation>
    </message>
    <message>
        <source>not restored {path}: {reason}</source>
        <translation>nicht wiederhergestellt {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n not restored</source>
        <comment>%n not restored</comment>
        <translation>
            <numerusform>%n nicht wiederhergestellt</numerusform>
            <numerusform>%n nicht wiederhergestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>discover</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
</TS>
