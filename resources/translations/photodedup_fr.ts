<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Finds near-duplicate photos (resized, re-compressed, converted or rotated copies) and moves the extra copies to the trash, never the last one.</source>
        <translation>Trouve les photos en quasi-double (copies redimensionnées, recompressées, converties ou pivotées) et met les copies en trop à la corbeille, jamais la dernière.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with absolutely no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure ({spdx}). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with these libraries (name, version, licence):</source>
        <translation>Conçu avec ces bibliothèques (nom, version, licence)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Photo Dedup is already running. Switch to its window: only one copy can run at a time, so two scans never fight over the same cache and trash.</source>
        <translation>Photo Dedup est déjà lancé. Passez à sa fenêtre&#xa0;: une seule instance peut tourner à la fois, pour que deux analyses ne se disputent jamais le même cache ni la même corbeille.</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>{path}
Keeper: {reason}</source>
        <translation>{path}
Conservée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: {subtitle}, {kind}</source>
        <translation>{name}&#xa0;: {subtitle}, {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · {size} in other shots</source>
        <translation>{count} · {size} en autres prises</translation>
    </message>
    <message>
        <source>{count} · {size} in copies</source>
        <translation>{count} · {size} en copies</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Left photo</source>
        <translation>Photo de gauche</translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation>Photo de droite</translation>
    </message>
    <message>
        <source>Zoom of the larger photo (100 % = actual pixels)</source>
        <translation>Zoom de la plus grande photo (100&#xa0;% = pixels réels)</translation>
    </message>
    <message>
        <source>Compare tools</source>
        <translation>Outils de comparaison</translation>
    </message>
    <message>
        <source>← Back to group</source>
        <translation>← Retour au groupe</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Groupe précédent</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Groupe suivant</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Clignoter</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Garder la droite</translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation>Marquer la droite</translation>
    </message>
    <message>
        <source>{text} (shortcut: {key})</source>
        <translation>{text} (raccourci&#xa0;: {key})</translation>
    </message>
    <message>
        <source>Right: {n} of {total} · ←/→ for the others</source>
        <translation>Droite&#xa0;: {n} sur {total} · ←/→ pour les autres</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;: black where the photos agree, bright where they differ (D: back)</source>
        <translation>&lt;b&gt;Différence&lt;/b&gt;&#xa0;: noir là où les photos concordent, clair là où elles diffèrent (D&#xa0;: retour)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blink&lt;/b&gt;: now the left photo (B: stop)</source>
        <translation>&lt;b&gt;Clignotement&lt;/b&gt;&#xa0;: photo de gauche affichée (B&#xa0;: arrêter)</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to the trash?</source>
        <translation>
            <numerusform>Mettre %n fichier ({size}) à la corbeille&#xa0;?</numerusform>
            <numerusform>Mettre %n fichiers ({size}) à la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</source>
        <translation>
            <numerusform>Y compris %n fichier qui accompagne sa photo : un fichier annexe (.xmp, .aae…), l’autre fichier d’une prise RAW+JPEG ou la vidéo d’une Live Photo.</numerusform>
            <numerusform>Y compris %n fichiers qui accompagnent leurs photos : fichiers annexes (.xmp, .aae…), l’autre fichier d’une prise RAW+JPEG, la vidéo d’une Live Photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) kept: each also describes a photo that stays.</source>
        <translation>
            <numerusform>%n fichier annexe conservé&#xa0;: il décrit aussi une photo qui reste.</numerusform>
            <numerusform>%n fichiers annexes conservés&#xa0;: chacun décrit aussi une photo qui reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>also describes {name}, which stays</source>
        <translation>décrit aussi {name}, qui reste</translation>
    </message>
    <message>
        <source>also describes a file that stays</source>
        <translation>décrit aussi un fichier qui reste</translation>
    </message>
    <message>
        <source>also moves: {name}</source>
        <translation>déplacé aussi&#xa0;: {name}</translation>
    </message>
    <message>
        <source>stays: {name} ({reason})</source>
        <translation>reste&#xa0;: {name} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trashed:</source>
        <translation>Pas mis à la corbeille&#xa0;:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves. You can undo with Edit → Undo Last Clean-up.</source>
        <translation>Les photos conservées et celles des dossiers de référence ne sont jamais touchées. Chaque fichier est revérifié juste avant d’être déplacé. Vous pouvez annuler avec Édition → Annuler le dernier nettoyage.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>%n fichier marqué sera conservé (voir les détails).</numerusform>
            <numerusform>%n fichiers marqués seront conservés (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to {folder}?</source>
        <translation>
            <numerusform>Déplacer %n fichier ({size}) vers {folder}&#xa0;?</numerusform>
            <numerusform>Déplacer %n fichiers ({size}) vers {folder}&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves; nothing in the folder is overwritten (a taken name gets a number). You can undo with Edit → Undo Last Clean-up.</source>
        <translation>Les photos conservées et celles des dossiers de référence ne sont jamais touchées. Chaque fichier est revérifié juste avant d’être déplacé&#xa0;; rien n’est écrasé dans le dossier (un nom déjà pris reçoit un numéro). Vous pouvez annuler avec Édition → Annuler le dernier nettoyage.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move Marked Files to Folder</source>
        <translation>Déplacer les fichiers marqués vers un dossier</translation>
    </message>
    <message>
        <source>Undo Last Clean-up</source>
        <translation>Annuler le dernier nettoyage</translation>
    </message>
    <message>
        <source>Restore the last clean-up ({summary}) from the trash?</source>
        <translation>Restaurer le dernier nettoyage ({summary}) depuis la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Undo Clean-up</source>
        <translation>Annuler le nettoyage</translation>
    </message>
    <message>
        <source>Put the files of this clean-up ({summary}) back where they were?</source>
        <translation>Remettre les fichiers de ce nettoyage ({summary}) à leur place d’origine&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>&amp;Garder cette photo</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Retirer la marque</translation>
    </message>
    <message>
        <source>&amp;Mark for Trash</source>
        <translation>&amp;Marquer pour la corbeille</translation>
    </message>
    <message>
        <source>Compare with the &amp;Keeper</source>
        <translation>Comparer avec la photo &amp;conservée</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>This photo is not a copy of the keeper: never group them together again</source>
        <translation>Cette photo n’est pas une copie de la photo conservée&#xa0;: ne plus jamais les regrouper</translation>
    </message>
    <message>
        <source>&amp;Open the Keeper</source>
        <translation>&amp;Ouvrir la photo conservée</translation>
    </message>
    <message>
        <source>Show the Keeper in &amp;Folder</source>
        <translation>Afficher la photo conservée dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Copy the Keeper&apos;s Path</source>
        <translation>&amp;Copier le chemin de la photo conservée</translation>
    </message>
    <message>
        <source>&amp;Mark All but the Keeper</source>
        <translation>&amp;Marquer tout sauf la photo conservée</translation>
    </message>
    <message>
        <source>&amp;Unmark This Group</source>
        <translation>&amp;Retirer les marques de ce groupe</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates (Hide This Group)</source>
        <translation>&amp;Pas des doublons (masquer ce groupe)</translation>
    </message>
    <message>
        <source>These photos are not copies of each other: never group them again</source>
        <translation>Ces photos ne sont pas des copies les unes des autres&#xa0;: ne plus jamais les regrouper</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>reference folder</source>
        <translation>dossier de référence</translation>
    </message>
    <message>
        <source>undamaged</source>
        <translation>non endommagée</translation>
    </message>
    <message>
        <source>camera RAW original ({format})</source>
        <translation>original RAW de l’appareil ({format})</translation>
    </message>
    <message>
        <source>most pixels ({width}×{height})</source>
        <translation>le plus de pixels ({width}×{height})</translation>
    </message>
    <message>
        <source>largest file ({size})</source>
        <translation>fichier le plus lourd ({size})</translation>
    </message>
    <message>
        <source>oldest file ({day})</source>
        <translation>fichier le plus ancien ({day})</translation>
    </message>
    <message>
        <source>newest file ({day})</source>
        <translation>fichier le plus récent ({day})</translation>
    </message>
    <message>
        <source>shortest path</source>
        <translation>chemin le plus court</translation>
    </message>
    <message>
        <source>all criteria equal; first by path</source>
        <translation>tous les critères égaux&#xa0;; la première par chemin</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>shared with a file that stays</source>
        <translation>partagé avec un fichier qui reste</translation>
    </message>
    <message>
        <source>shared with a file that stays ({path})</source>
        <translation>partagé avec un fichier qui reste ({path})</translation>
    </message>
    <message>
        <source>every copy was selected: nothing in this group is trashed</source>
        <translation>toutes les copies ont été sélectionnées&#xa0;: rien de ce groupe n’est mis à la corbeille</translation>
    </message>
    <message>
        <source>same file as a kept or already listed member (hard link or path given twice)</source>
        <translation>même fichier qu’une photo conservée ou déjà listée (lien physique ou chemin donné deux fois)</translation>
    </message>
    <message>
        <source>inside a trash or photodedup folder</source>
        <translation>dans une corbeille ou un dossier de photodedup</translation>
    </message>
    <message>
        <source>not under the scanned folders</source>
        <translation>hors des dossiers analysés</translation>
    </message>
    <message>
        <source>the result carries no verifiable content key (format version 1, or from another user or machine): only exact copies are trashed, after a byte comparison with their keeper; scan again to act on this one</source>
        <translation>le résultat ne contient aucune clé de contenu vérifiable (format version 1, ou d’un autre utilisateur ou d’une autre machine)&#xa0;: seules les copies exactes sont mises à la corbeille, après une comparaison octet par octet avec la photo conservée&#xa0;; relancez l’analyse pour agir sur celle-ci</translation>
    </message>
    <message>
        <source>not listed by the scan (the result was edited beyond its actions)</source>
        <translation>absent de l’analyse (le résultat a été modifié au-delà de ses actions)</translation>
    </message>
    <message>
        <source>not listed by the scan (it carries no seal: scan again to act on it)</source>
        <translation>absent de l’analyse (il ne porte pas de sceau&#xa0;: relancez l’analyse pour agir dessus)</translation>
    </message>
    <message>
        <source>note: this result was grouped from fingerprints alone (photodedup group): no pair was checked on the pictures, and the files may never have been seen on this machine. Each file is re-checked here before it moves (same file, same bytes); one that is not here as the fingerprints recorded it is left in place</source>
        <translation>remarque&#xa0;: ce résultat a été regroupé d’après les seules empreintes (photodedup group)&#xa0;: aucune paire n’a été vérifiée sur les images, et les fichiers n’ont peut-être jamais été vus sur cette machine. Chaque fichier est revérifié ici avant d’être déplacé (même fichier, mêmes octets)&#xa0;; un fichier qui n’est pas ici tel que les empreintes l’ont enregistré reste en place</translation>
    </message>
    <message>
        <source>note: it is format version 1 and carries no content keys, so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>remarque&#xa0;: il est au format version 1 et ne contient aucune clé de contenu, les octets ne peuvent donc pas être revérifiés par rapport à l’analyse&#xa0;: seules les copies exactes sont mises à la corbeille, après une comparaison octet par octet avec la photo conservée&#xa0;; relancez l’analyse pour toutes les vérifications</translation>
    </message>
    <message>
        <source>note: its seals cannot be checked (written by another user or machine), so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>remarque&#xa0;: ses sceaux ne peuvent pas être vérifiés (écrit par un autre utilisateur ou une autre machine), les octets ne peuvent donc pas être revérifiés par rapport à l’analyse&#xa0;: seules les copies exactes sont mises à la corbeille, après une comparaison octet par octet avec la photo conservée&#xa0;; relancez l’analyse pour toutes les vérifications</translation>
    </message>
    <message>
        <source>root not usable: {error}</source>
        <translation>dossier racine inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot list folder: {error}</source>
        <translation>impossible de lister le dossier&#xa0;: {error}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>plus de {limit} octets</translation>
    </message>
    <message>
        <source>the file changed since it was listed</source>
        <translation>le fichier a changé depuis qu’il a été listé</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>le fichier n’existe plus</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{size} bytes is over the {limit} limit</source>
        <translation>{size} octets dépassent la limite de {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>au-delà de la limite de {limit} octets</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>{width}x{height} is over {limit} pixels</source>
        <translation>{width}x{height} dépasse {limit} pixels</translation>
    </message>
    <message>
        <source>{width}x{height} declared by a {size}-byte file (a decompression bomb)</source>
        <translation>{width}x{height} annoncés par un fichier de {size} octets (une bombe de décompression)</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>les fichiers {format} ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>pas une image lisible</translation>
    </message>
    <message>
        <source>not enough memory to decode ({error})</source>
        <translation>pas assez de mémoire pour décoder ({error})</translation>
    </message>
    <message>
        <source>not enough memory to decode</source>
        <translation>pas assez de mémoire pour décoder</translation>
    </message>
    <message>
        <source>not a readable {format} file (no image size)</source>
        <translation>pas un fichier {format} lisible (aucune taille d’image)</translation>
    </message>
    <message>
        <source>not a readable {format} file ({error})</source>
        <translation>pas un fichier {format} lisible ({error})</translation>
    </message>
    <message>
        <source>damaged {format} file ({error})</source>
        <translation>fichier {format} endommagé ({error})</translation>
    </message>
    <message>
        <source>decoder processes fail to start ({error})</source>
        <translation>les processus de décodage ne démarrent pas ({error})</translation>
    </message>
    <message>
        <source>the decoder process did not start</source>
        <translation>le processus de décodage n’a pas démarré</translation>
    </message>
    <message>
        <source>the decoder process is gone</source>
        <translation>le processus de décodage a disparu</translation>
    </message>
    <message>
        <source>the decoder was shut down</source>
        <translation>le décodeur a été arrêté</translation>
    </message>
    <message>
        <source>the decoder crashed ({signal})</source>
        <translation>le décodeur a planté ({signal})</translation>
    </message>
    <message>
        <source>the decoder ran out of memory</source>
        <translation>le décodeur a manqué de mémoire</translation>
    </message>
    <message>
        <source>the decoder exited unexpectedly (code {code})</source>
        <translation>le décodeur s’est arrêté de façon inattendue (code {code})</translation>
    </message>
    <message>
        <source>decoding took longer than {seconds} s</source>
        <translation>le décodage a pris plus de {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>the cluster could not decode it ({error})</source>
        <translation>le cluster n’a pas pu le décoder ({error})</translation>
    </message>
    <message>
        <source>the cluster returned no result for it</source>
        <translation>le cluster n’a rendu aucun résultat pour lui</translation>
    </message>
    <message>
        <source>unreadable EXIF, orientation ignored ({error})</source>
        <translation>EXIF illisibles, orientation ignorée ({error})</translation>
    </message>
    <message>
        <source>damaged EXIF ({error})</source>
        <translation>EXIF endommagées ({error})</translation>
    </message>
    <message>
        <source>invalid EXIF orientation {value} ignored</source>
        <translation>orientation EXIF {value} invalide ignorée</translation>
    </message>
    <message>
        <source>damaged metadata ({error})</source>
        <translation>métadonnées endommagées ({error})</translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation>n’est plus un fichier ordinaire</translation>
    </message>
    <message>
        <source>modified ({fields})</source>
        <translation>modifié ({fields})</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>son dossier mène maintenant ailleurs (un lien symbolique a été substitué)</translation>
    </message>
    <message>
        <source>its bytes differ from the keeper&apos;s (not an exact copy)</source>
        <translation>ses octets diffèrent de ceux du fichier conservé (pas une copie exacte)</translation>
    </message>
    <message>
        <source>still in place after moving</source>
        <translation>toujours en place après le déplacement</translation>
    </message>
    <message>
        <source>moved away, but not found in the destination folder</source>
        <translation>déplacé, mais introuvable dans le dossier de destination</translation>
    </message>
    <message>
        <source>still in place after trashing (the trash reported success)</source>
        <translation>toujours en place après la mise à la corbeille (la corbeille a signalé un succès)</translation>
    </message>
    <message>
        <source>moved away, but not found in the trash</source>
        <translation>déplacé, mais introuvable dans la corbeille</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>n’existe plus</translation>
    </message>
    <message>
        <source>cannot be checked ({error})</source>
        <translation>ne peut pas être vérifié ({error})</translation>
    </message>
    <message>
        <source>is the same file as the one to trash</source>
        <translation>est le même fichier que celui à mettre à la corbeille</translation>
    </message>
    <message>
        <source>content differs from the scan</source>
        <translation>le contenu diffère de l’analyse</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>changed since scan: {problem}</source>
        <translation>modifié depuis l’analyse : {problem}</translation>
    </message>
    <message>
        <source>keeper changed: {path} {problem}</source>
        <translation>fichier conservé modifié : {path} {problem}</translation>
    </message>
    <message>
        <source>cannot be re-read ({kind}: {error})</source>
        <translation>ne peut pas être relu ({kind} : {error})</translation>
    </message>
    <message>
        <source>not trashed: the undo journal cannot be written ({error})</source>
        <translation>non mis à la corbeille : le journal d’annulation ne peut pas être écrit ({error})</translation>
    </message>
    <message>
        <source>could not move: {error}</source>
        <translation>déplacement impossible : {error}</translation>
    </message>
    <message>
        <source>could not trash: {error}</source>
        <translation>mise à la corbeille impossible : {error}</translation>
    </message>
    <message>
        <source>its photo was not trashed: {path}</source>
        <translation>sa photo n’a pas été mise à la corbeille : {path}</translation>
    </message>
    <message>
        <source>not moved: the undo journal cannot be written ({error})</source>
        <translation>non déplacé : le journal d’annulation ne peut pas être écrit ({error})</translation>
    </message>
    <message>
        <source>could not move: {error} [errno {errno}]</source>
        <translation>déplacement impossible : {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>no usable trash on this drive ({where}); file left in place</source>
        <translation>aucune corbeille utilisable sur ce disque ({where}) ; fichier laissé en place</translation>
    </message>
    <message>
        <source>could not trash: {error} [errno {errno}]</source>
        <translation>mise à la corbeille impossible : {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>its photo was not moved: {path}</source>
        <translation>sa photo n’a pas été déplacée : {path}</translation>
    </message>
    <message>
        <source>no free name in the trash</source>
        <translation>aucun nom libre dans la corbeille</translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation>Permission refusée : {path}</translation>
    </message>
    <message>
        <source>trash entry taken</source>
        <translation>entrée de la corbeille déjà prise</translation>
    </message>
    <message>
        <source>the file changed just before the move</source>
        <translation>le fichier a changé juste avant le déplacement</translation>
    </message>
    <message>
        <source>pywin32 is needed to move files to the Recycle Bin safely</source>
        <translation>pywin32 est nécessaire pour mettre des fichiers à la corbeille en toute sécurité</translation>
    </message>
    <message>
        <source>the Recycle Bin refused the file (not recyclable)</source>
        <translation>la corbeille a refusé le fichier (non recyclable)</translation>
    </message>
    <message>
        <source>a file already exists at the original path</source>
        <translation>un fichier existe déjà à l’emplacement d’origine</translation>
    </message>
    <message>
        <source>no longer in the trash</source>
        <translation>n’est plus dans la corbeille</translation>
    </message>
    <message>
        <source>no longer in the folder</source>
        <translation>n’est plus dans le dossier</translation>
    </message>
    <message>
        <source>was never trashed (still in place)</source>
        <translation>n’a jamais été mis à la corbeille (toujours en place)</translation>
    </message>
    <message>
        <source>its new path is not recorded</source>
        <translation>son nouvel emplacement n’est pas enregistré</translation>
    </message>
    <message>
        <source>not found in the trash</source>
        <translation>introuvable dans la corbeille</translation>
    </message>
    <message>
        <source>the trash entry is not the file that was trashed ({changes}); left in the trash</source>
        <translation>l’entrée de la corbeille n’est pas le fichier qui y a été mis ({changes}) ; laissé dans la corbeille</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the trash</source>
        <translation>son dossier mène maintenant ailleurs ({folder}) ; laissé dans la corbeille</translation>
    </message>
    <message>
        <source>the moved file is not the file that was moved ({changes}); left in the folder it was moved to</source>
        <translation>le fichier déplacé n’est pas celui qui a été déplacé ({changes}) ; laissé dans le dossier où il a été déplacé</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the folder it was moved to</source>
        <translation>son dossier mène maintenant ailleurs ({folder}) ; laissé dans le dossier où il a été déplacé</translation>
    </message>
    <message>
        <source>cannot be checked in the trash ({error})</source>
        <translation>ne peut pas être vérifié dans la corbeille ({error})</translation>
    </message>
    <message>
        <source>could not restore: {error}</source>
        <translation>restauration impossible : {error}</translation>
    </message>
    <message>
        <source>interrupted during the move</source>
        <translation>interrompu pendant le déplacement</translation>
    </message>
    <message>
        <source>interrupted before the move</source>
        <translation>interrompu avant le déplacement</translation>
    </message>
    <message>
        <source>{count} files trashed on {when}</source>
        <translation>{count} fichiers mis à la corbeille le {when}</translation>
    </message>
    <message>
        <source>{count} file moved on {when}</source>
        <translation>{count} fichier déplacé le {when}</translation>
    </message>
    <message>
        <source>{count} files moved on {when}</source>
        <translation>{count} fichiers déplacés le {when}</translation>
    </message>
    <message>
        <source>{count} file trashed on {when}</source>
        <translation>{count} fichier mis à la corbeille le {when}</translation>
    </message>
    <message>
        <source>the folder is on another drive: photodedup moves files only within one drive (it never copies a photo and deletes the original)</source>
        <translation>le dossier est sur un autre disque : photodedup ne déplace des fichiers qu’au sein d’un même disque (il ne copie jamais une photo pour en supprimer l’original)</translation>
    </message>
    <message>
        <source>no free name in the folder</source>
        <translation>aucun nom libre dans le dossier</translation>
    </message>
    <message>
        <source>the name was taken at the destination</source>
        <translation>le nom est déjà pris à la destination</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>the folder is inside a trash or photodedup&apos;s own folders</source>
        <translation>le dossier est dans une corbeille ou dans les dossiers de photodedup</translation>
    </message>
    <message>
        <source>the folder is inside a reference folder (reference photos are never touched)</source>
        <translation>le dossier est dans un dossier de référence (les photos de référence ne sont jamais touchées)</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the file changed during the move</source>
        <translation>le fichier a changé pendant le déplacement</translation>
    </message>
    <message>
        <source>the folder cannot be used ({error})</source>
        <translation>le dossier ne peut pas être utilisé ({error})</translation>
    </message>
    <message>
        <source>the folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>le dossier mène maintenant ailleurs (un lien symbolique a été substitué)</translation>
    </message>
    <message>
        <source>cannot move into {folder}: {problem}</source>
        <translation>impossible de déplacer vers {folder} : {problem}</translation>
    </message>
    <message>
        <source>{folder}: {problem}</source>
        <translation>dossier {folder} : {problem}</translation>
    </message>
    <message>
        <source>{path} is not a photodedup scan result</source>
        <translation>{path} n’est pas un résultat d’analyse de photodedup</translation>
    </message>
    <message>
        <source>{path} has format version {version}; expected one of 1, 2</source>
        <translation>{path} est au format version {version} ; 1 ou 2 attendu</translation>
    </message>
    <message>
        <source>{path}: &apos;groups&apos; must be a list</source>
        <translation>{path} : &apos;groups&apos; doit être une liste</translation>
    </message>
    <message>
        <source>bad group entry: {entry}</source>
        <translation>entrée de groupe invalide : {entry}</translation>
    </message>
    <message>
        <source>group {id}: unknown kind {kind}</source>
        <translation>groupe {id} : type inconnu {kind}</translation>
    </message>
    <message>
        <source>group {id}: &apos;members&apos; must be a list</source>
        <translation>groupe {id} : &apos;members&apos; doit être une liste</translation>
    </message>
    <message>
        <source>group {id}: bad member {member}</source>
        <translation>groupe {id} : membre invalide {member}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: nested too deeply</source>
        <translation>impossible de lire {path} : imbrication trop profonde</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of paths (no NUL bytes)</source>
        <translation>{path} : &apos;{key}&apos; doit être une liste de chemins (sans octets NUL)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Dossiers à analyser</translation>
    </message>
    <message>
        <source>Photos in a reference folder are compared but never trashed</source>
        <translation>Les photos d’un dossier de référence sont comparées mais jamais mises à la corbeille</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Tip: drop folders here. Tick Reference for originals to protect.</source>
        <translation>Astuce&#xa0;: déposez des dossiers ici. Cochez «&#xa0;Référence&#xa0;» pour protéger les originaux.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Order found</source>
        <translation>Ordre de découverte</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>Espace à libérer</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>Nombre de photos</translation>
    </message>
    <message>
        <source>Most alike first</source>
        <translation>Les plus ressemblants d’abord</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <source>Search names and folders</source>
        <translation>Rechercher noms et dossiers</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Trier les groupes par</translation>
    </message>
    <message>
        <source>Only with marks</source>
        <translation>Seulement avec marques</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Identical copies</source>
        <translation>Copies identiques</translation>
    </message>
    <message>
        <source>Look-alike copies</source>
        <translation>Copies ressemblantes</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Prises de vue similaires</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● %n marquée pour la corbeille</numerusform>
            <numerusform>● %n marquées pour la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Groupes de doublons</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Photos of the selected group</source>
        <translation>Photos du groupe sélectionné</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Impossible d’afficher cette image</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>in the trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>still in the trash (could not restore)</source>
        <translation>toujours dans la corbeille (restauration impossible)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>non déplacé</translation>
    </message>
    <message>
        <source>moved to {folder}</source>
        <translation>déplacé vers {folder}</translation>
    </message>
    <message>
        <source>still in {folder} (could not restore)</source>
        <translation>toujours dans {folder} (restauration impossible)</translation>
    </message>
    <message numerus="yes">
        <source>{when} · %n file(s) moved</source>
        <translation>
            <numerusform>{when} · %n fichier déplacé</numerusform>
            <numerusform>{when} · %n fichiers déplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clean-up History</source>
        <translation>Historique des nettoyages</translation>
    </message>
    <message>
        <source>Clean-up / file</source>
        <translation>Nettoyage / fichier</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Clean-ups, newest first</source>
        <translation>Nettoyages, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>No clean-up yet.</source>
        <translation>Aucun nettoyage pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Undo This Clean-up</source>
        <translation>&amp;Annuler ce nettoyage</translation>
    </message>
    <message>
        <source>Put the files of the selected clean-up back where they were</source>
        <translation>Remettre les fichiers du nettoyage sélectionné à leur place d’origine</translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <source>Not Duplicates</source>
        <translation>Non-doublons</translation>
    </message>
    <message>
        <source>Photos you said are not duplicates are never grouped together again, by the app or the command line, until you forget them here or a file changes.</source>
        <translation>Les photos que vous avez déclarées comme n’étant pas des doublons ne sont plus jamais regroupées, ni par l’application ni par la ligne de commande, tant que vous ne les oubliez pas ici ou qu’aucun fichier ne change.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Mémorisé le</translation>
    </message>
    <message>
        <source>Photos that are not duplicates, newest first</source>
        <translation>Photos qui ne sont pas des doublons, des plus récentes aux plus anciennes</translation>
    </message>
    <message>
        <source>Nothing remembered yet: right-click a photo or a group and choose Not a Duplicate.</source>
        <translation>Rien de mémorisé pour l’instant&#xa0;: faites un clic droit sur une photo ou un groupe et choisissez «&#xa0;Pas un doublon&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>&amp;Oublier la sélection</translation>
    </message>
    <message>
        <source>Forget &amp;All</source>
        <translation>Oublier &amp;tout</translation>
    </message>
    <message>
        <source>Group of {count}: {names}</source>
        <translation>Groupe de {count}&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{first} is not a duplicate of {second}</source>
        <translation>{first} n’est pas un doublon de {second}</translation>
    </message>
</context>
<context>
    <name>KeepRules</name>
    <message>
        <source>Camera RAW original</source>
        <translation>Original RAW de l’appareil photo</translation>
    </message>
    <message>
        <source>Most pixels</source>
        <translation>Le plus de pixels</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Fichier le plus lourd</translation>
    </message>
    <message>
        <source>Oldest file</source>
        <translation>Fichier le plus ancien</translation>
    </message>
    <message>
        <source>Newest file</source>
        <translation>Fichier le plus récent</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Chemin le plus court</translation>
    </message>
</context>
<context>
    <name>KeepRulesEditor</name>
    <message>
        <source>Keeper rules, first decides</source>
        <translation>Règles de conservation, la première décide</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Always first: photos in reference folders, then undamaged ones.</source>
        <translation>Toujours d’abord&#xa0;: les photos des dossiers de référence, puis les intactes.</translation>
    </message>
</context>
<context>
    <name>LastReview</name>
    <message>
        <source>Reopening the last review…</source>
        <translation>Réouverture du dernier tri…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened the last review: %n decision(s) restored</source>
        <translation>
            <numerusform>Dernier tri rouvert&#xa0;: %n décision restaurée</numerusform>
            <numerusform>Dernier tri rouvert&#xa0;: %n décisions restaurées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n dropped because the file changed or vanished</source>
        <translation>
            <numerusform>&#xa0;; %n abandonnée car le fichier a changé ou disparu</numerusform>
            <numerusform>&#xa0;; %n abandonnées car les fichiers ont changé ou disparu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>%n copie de plus basse résolution marquée</numerusform>
            <numerusform>%n copies de plus basse résolution marquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation>Rien à mettre à la corbeille.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Rien à déplacer.</translation>
    </message>
    <message>
        <source>Cannot move files to {folder}: {reason}</source>
        <translation>Impossible de déplacer les fichiers vers {folder}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>%n fichier ({size}) déplacé vers {folder}.</numerusform>
            <numerusform>%n fichiers ({size}) déplacés vers {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>%n fichier ({size}) mis à la corbeille.</numerusform>
            <numerusform>%n fichiers ({size}) mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n fichier non déplacé&#xa0;: voir Problèmes.</numerusform>
            <numerusform>%n fichiers non déplacés&#xa0;: voir Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation>Aucun nettoyage à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>{n} fichier sur %n restauré depuis la corbeille.</numerusform>
            <numerusform>{n} fichiers sur %n restaurés depuis la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>Le dernier nettoyage a été interrompu. %n fichier a été mis à la corbeille sans être enregistré comme traité. Utilisez Édition → Annuler le dernier nettoyage pour le remettre en place.</numerusform>
            <numerusform>Le dernier nettoyage a été interrompu. %n fichiers ont été mis à la corbeille sans être enregistrés comme traités. Utilisez Édition → Annuler le dernier nettoyage pour les remettre en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Remembered as not duplicates: they will not be grouped again (Edit → Not Duplicates to undo).</source>
        <translation>Mémorisées comme non-doublons&#xa0;: elles ne seront plus regroupées (Édition → Non-doublons pour annuler).</translation>
    </message>
    <message>
        <source>Forgotten: those photos can be grouped again.</source>
        <translation>Oubliées&#xa0;: ces photos peuvent de nouveau être regroupées.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Files are being moved to the trash. Stop after the current file and quit?</source>
        <translation>Des fichiers sont en cours de déplacement vers la corbeille. Arrêter après le fichier en cours et quitter&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {n} of {total}: {count}</source>
        <translation>Groupe {n} sur {total}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>←/→ other photo · M mark the right one · K keep it · S swap · D difference · B blink · N/P group · Esc back</source>
        <translation>←/→ autre photo · M marquer celle de droite · K la garder · S inverser · D différence · B clignoter · N/P groupe · Échap retour</translation>
    </message>
    <message>
        <source>Similar shots: different photos of one scene. Compare them and mark by hand; no bulk action marks them.</source>
        <translation>Prises de vue similaires&#xa0;: des photos différentes d’une même scène. Comparez-les et marquez-les à la main&#xa0;; aucune action groupée ne les marque.</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation>←/→ choisir une photo · Espace marquer pour la corbeille · K garder · Entrée comparer · Pg suiv groupe suivant</translation>
    </message>
    <message>
        <source>Keepers and reference photos cannot be marked</source>
        <translation>Les photos conservées et de référence ne peuvent pas être marquées</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>GARDER</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>CORBEILLE</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>PRISE</translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>Analyse arrêtée&#xa0;: %n photo lue (gardée en cache pour la prochaine fois)</numerusform>
            <numerusform>Analyse arrêtée&#xa0;: %n photos lues (gardées en cache pour la prochaine fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan finished: {photos}, {groups}, {errors}</source>
        <translation>Analyse terminée&#xa0;: {photos}, {groups}, {errors}</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Erreur&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Something went wrong:
{text}</source>
        <translation>Une erreur est survenue&#xa0;:
{text}</translation>
    </message>
    <message>
        <source>Groups appear here when the scan ends.</source>
        <translation>Les groupes apparaîtront ici à la fin de l’analyse.</translation>
    </message>
    <message>
        <source>Photo Dedup finds resized, re-saved, converted and lightly edited copies of your photos. Drop a folder anywhere on this window, or click the button below. Nothing is ever deleted: copies go to the trash, and you can undo.</source>
        <translation>Photo Dedup trouve les copies redimensionnées, réenregistrées, converties ou légèrement retouchées de vos photos. Déposez un dossier n’importe où dans cette fenêtre ou cliquez sur le bouton ci-dessous. Rien n’est jamais supprimé&#xa0;: les copies vont à la corbeille et vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>Ajoutez un dossier pour commencer</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>%n photo lue avant l’arrêt de l’analyse, sans doublon pour l’instant. Relancez l’analyse pour lire le reste&#xa0;: ce qui a été lu est conservé.</numerusform>
            <numerusform>%n photos lues avant l’arrêt de l’analyse, sans doublon pour l’instant. Relancez l’analyse pour lire le reste&#xa0;: ce qui a été lu est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation>Analyse arrêtée</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>Relancer l’analyse</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>%n photo vérifiée. Déplacez le curseur de similarité vers «&#xa0;Souple&#xa0;» pour en trouver davantage.</numerusform>
            <numerusform>%n photos vérifiées. Déplacez le curseur de similarité vers «&#xa0;Souple&#xa0;» pour en trouver davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>Aucun doublon trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n dossier sélectionné. Cochez «&#xa0;Référence&#xa0;» pour les dossiers dont les photos doivent rester.</numerusform>
            <numerusform>%n dossiers sélectionnés. Cochez «&#xa0;Référence&#xa0;» pour les dossiers dont les photos doivent rester.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Prêt pour l’analyse</translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation>Analyser maintenant</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>A&amp;nalyser</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>Arrê&amp;ter l’analyse</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo Last Clean-up…</source>
        <translation>&amp;Annuler le dernier nettoyage…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Clean-up &amp;History…</source>
        <translation>&amp;Historique des nettoyages…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates…</source>
        <translation>&amp;Non-doublons…</translation>
    </message>
    <message>
        <source>Trash &amp;Lower-Resolution Copies…</source>
        <translation>Mettre à la corbeille les copies de plus &amp;basse résolution…</translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation>Jeter les copies basse résolution</translation>
    </message>
    <message>
        <source>&amp;Mark Lower-Resolution Copies</source>
        <translation>&amp;Marquer les copies de plus basse résolution</translation>
    </message>
    <message>
        <source>Move &amp;Marked to Trash…</source>
        <translation>Mettre les photos marquées à la &amp;corbeille…</translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation>Jeter les marquées</translation>
    </message>
    <message>
        <source>Move Marked to &amp;Folder…</source>
        <translation>Déplacer les photos marquées vers un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Clear All Marks</source>
        <translation>&amp;Effacer toutes les marques</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparer côte à côte</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Next Group</source>
        <translation>Groupe &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Group</source>
        <translation>Groupe &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Photo</source>
        <translation>Photo sui&amp;vante</translation>
    </message>
    <message>
        <source>Previous P&amp;hoto</source>
        <translation>Photo précé&amp;dente</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>&amp;Garder cette photo</translation>
    </message>
    <message>
        <source>&amp;Toggle Trash Mark</source>
        <translation>&amp;Marquer / démarquer pour la corbeille</translation>
    </message>
    <message>
        <source>Show P&amp;roblems</source>
        <translation>Afficher les pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Agrandir les miniatures</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>&amp;Réduire les miniatures</translation>
    </message>
    <message>
        <source>&amp;Fit Thumbnails to Window</source>
        <translation>A&amp;juster les miniatures à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Find Groups…</source>
        <translation>Rec&amp;hercher des groupes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Photo Dedup</source>
        <translation>À &amp;propos de Photo Dedup</translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>Mark, in every group, each copy with fewer pixels than its keeper, then confirm</source>
        <translation>Marquer, dans chaque groupe, chaque copie ayant moins de pixels que la photo conservée, puis confirmer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Export Groups as CSV</source>
        <translation>Exporter les groupes en CSV</translation>
    </message>
    <message>
        <source>Export Groups as JSON</source>
        <translation>Exporter les groupes en JSON</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>RAW+JPEG shot, also: {names}</source>
        <translation>Prise RAW+JPEG, avec : {names}</translation>
    </message>
    <message>
        <source>Live Photo, also: {names}</source>
        <translation>Live Photo, avec : {names}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Avec : {names}</translation>
    </message>
    <message>
        <source>Moved to the trash with this photo and restored with it by Undo (a sidecar that also describes a file that stays, stays):</source>
        <translation>Mis à la corbeille avec cette photo et restaurés avec elle par Annuler (un fichier annexe qui décrit aussi un fichier conservé reste en place) :</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>GARDER</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>CORBEILLE</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>PRISE</translation>
    </message>
    <message>
        <source>Suggested keeper: {reason}</source>
        <translation>À conserver (suggestion)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation>Dans un dossier de référence&#xa0;: jamais mise à la corbeille</translation>
    </message>
    <message>
        <source>Not moved to the trash. {reason}</source>
        <translation>Pas mise à la corbeille. {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>Damaged (truncated)</source>
        <translation>Endommagé (tronqué)</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>Image illisible</translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation>Format non pris en charge</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <source>Changed while reading</source>
        <translation>Modifié pendant la lecture</translation>
    </message>
    <message>
        <source>Crashed the decoder</source>
        <translation>A fait planter le décodeur</translation>
    </message>
    <message>
        <source>Took too long to decode</source>
        <translation>Décodage trop long</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>Pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Recherche des photos…</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>Lecture des photos…</translation>
    </message>
    <message>
        <source>Grouping look-alikes…</source>
        <translation>Regroupement des ressemblances…</translation>
    </message>
    <message>
        <source>Moving to trash…</source>
        <translation>Mise à la corbeille…</translation>
    </message>
    <message>
        <source>Restoring from trash…</source>
        <translation>Restauration depuis la corbeille…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{done} files</source>
        <translation>{done} fichiers</translation>
    </message>
    <message>
        <source>{done} files · {rate:.0f}/s</source>
        <translation>{done} fichiers · {rate:.0f}/s</translation>
    </message>
    <message>
        <source>{rate:.0f} files/s · about {left} left</source>
        <translation>{rate:.0f} fichiers/s · environ {left} restant</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>SelectMenu</name>
    <message>
        <source>Mark &amp;All but the Keeper</source>
        <translation>Marquer &amp;tout sauf la photo conservée</translation>
    </message>
    <message>
        <source>Mark &amp;Smaller Files</source>
        <translation>Marquer les fichiers plus &amp;petits</translation>
    </message>
    <message>
        <source>Mark &amp;Older Files</source>
        <translation>Marquer les fichiers plus &amp;anciens</translation>
    </message>
    <message>
        <source>Mark &amp;Names Like “(1)” or “copy”</source>
        <translation>Marquer les &amp;noms comme «&#xa0;(1)&#xa0;» ou «&#xa0;copie&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélection</translation>
    </message>
    <message>
        <source>Mark Everything in a &amp;Folder…</source>
        <translation>Marquer tout un &amp;dossier…</translation>
    </message>
    <message>
        <source>Only in the Selected &amp;Group</source>
        <translation>Seulement dans le &amp;groupe sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked</source>
        <translation>
            <numerusform>%n photo marquée</numerusform>
            <numerusform>%n photos marquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to mark: keepers, reference photos and similar shots are skipped</source>
        <translation>Rien à marquer&#xa0;: les photos conservées, de référence et les prises de vue similaires sont ignorées</translation>
    </message>
    <message numerus="yes">
        <source>{folder} (%n copy(s))</source>
        <translation>
            <numerusform>{folder} (%n copie)</numerusform>
            <numerusform>{folder} (%n copies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything in a Folder</source>
        <translation>Marquer tout un dossier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Perceptual hash (pHash, 64 bit)</source>
        <translation>Hachage perceptuel (pHash, 64 bits)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Aucun minimum</translation>
    </message>
    <message>
        <source>Files smaller than this are skipped (icons, thumbnails)</source>
        <translation>Les fichiers plus petits sont ignorés (icônes, miniatures)</translation>
    </message>
    <message>
        <source>One pattern per line, e.g.
*/cache/*
*.gif</source>
        <translation>Un motif par ligne, par ex.
*/cache/*
*.gif</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum file size:</source>
        <translation>Taille minimale&#xa0;:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Exclure&#xa0;:</translation>
    </message>
    <message>
        <source>Also find mirrored and turned copies</source>
        <translation>Trouver aussi les copies en miroir et pivotées</translation>
    </message>
    <message>
        <source>Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag</source>
        <translation>Copies retournées ou pivotées de 90, 180 ou 270 degrés sans balise d’orientation</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the photo with:</source>
        <translation>Garder la photo avec&#xa0;:</translation>
    </message>
    <message>
        <source>Size and exclusions apply to the next scan; the rest at once.</source>
        <translation>La taille et les exclusions s’appliquent à la prochaine analyse&#xa0;; le reste immédiatement.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cards</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <source>Larger / smaller thumbnails</source>
        <translation>Miniatures plus grandes / plus petites</translation>
    </message>
    <message>
        <source>The current photo&apos;s menu</source>
        <translation>Le menu de la photo actuelle</translation>
    </message>
    <message>
        <source>Between folders, groups, cards and slider</source>
        <translation>Entre dossiers, groupes, vignettes et curseur</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>The other photos of the group, on the right</source>
        <translation>Les autres photos du groupe, à droite</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Groupe suivant</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Groupe précédent</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Inverser les deux côtés</translation>
    </message>
    <message>
        <source>Fit to the panes</source>
        <translation>Ajuster aux volets</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Taille réelle (100&#xa0;%)</translation>
    </message>
    <message>
        <source>Difference view: where the two differ</source>
        <translation>Vue différence&#xa0;: là où les deux diffèrent</translation>
    </message>
    <message>
        <source>Blink between the two photos</source>
        <translation>Alterner entre les deux photos</translation>
    </message>
    <message>
        <source>Zoom both photos</source>
        <translation>Zoomer sur les deux photos</translation>
    </message>
    <message>
        <source>Keep the right photo</source>
        <translation>Garder la photo de droite</translation>
    </message>
    <message>
        <source>Mark / unmark the right photo</source>
        <translation>Marquer / démarquer la photo de droite</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Retour aux vignettes</translation>
    </message>
    <message>
        <source>Similarity slider</source>
        <translation>Curseur de similarité</translation>
    </message>
    <message>
        <source>One step stricter / looser</source>
        <translation>Un cran plus strict / plus souple</translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation>Deux crans</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Scan Again</source>
        <translation>Relancer l’analyse</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>Résultats périmés</translation>
    </message>
    <message>
        <source>The folders changed since this scan: the results may be out of date.</source>
        <translation>Les dossiers ont changé depuis cette analyse&#xa0;: les résultats sont peut-être périmés.</translation>
    </message>
    <message>
        <source>The scan settings changed since this scan: the results may be out of date.</source>
        <translation>Les paramètres d’analyse ont changé depuis cette analyse&#xa0;: les résultats sont peut-être périmés.</translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>%n fichier restauré n’est pas dans ces résultats&#xa0;: relancez l’analyse pour le voir.</numerusform>
            <numerusform>%n fichiers restaurés ne sont pas dans ces résultats&#xa0;: relancez l’analyse pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>%n dossier à analyser</numerusform>
            <numerusform>%n dossiers à analyser</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>{photos} · {groups}</source>
        <translation>{photos} · {groups}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source> · {marked} ({size})</source>
        <translation> · {marked} ({size})</translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n marquée</numerusform>
            <numerusform>%n marquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problème</numerusform>
            <numerusform>⚠ %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How different two photos may be and still be grouped (0 = identical; the distance combines the hashes and a thumbnail check).</source>
        <translation>À quel point deux photos peuvent différer tout en étant regroupées (0 = identiques&#xa0;; la distance combine les empreintes et une comparaison des miniatures).</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Seuil de similarité</translation>
    </message>
    <message>
        <source>Left: stricter; right: looser</source>
        <translation>À gauche&#xa0;: plus strict&#xa0;; à droite&#xa0;: plus souple</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Souple</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Photos up to distance {n} apart are grouped</source>
        <translation>Les photos distantes de {n} au plus sont regroupées</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{number} MP</source>
        <translation>{number}&#xa0;MP</translation>
    </message>
    <message>
        <source>{number} px</source>
        <translation>{number}&#xa0;px</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Changed since the scan</source>
        <translation>Modifié depuis l’analyse</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Non déplacé</translation>
    </message>
    <message>
        <source>Could not be moved</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <source>It was moved or deleted after the scan.</source>
        <translation>Le fichier a été déplacé ou supprimé après l’analyse.</translation>
    </message>
    <message>
        <source>Its content is not what was scanned.</source>
        <translation>Son contenu n’est plus celui qui a été analysé.</translation>
    </message>
    <message>
        <source>It was edited or replaced after the scan.</source>
        <translation>Le fichier a été modifié ou remplacé après l’analyse.</translation>
    </message>
    <message>
        <source>It changed after the scan.</source>
        <translation>Le fichier a changé après l’analyse.</translation>
    </message>
    <message>
        <source>It was left in place: scan again to review it.</source>
        <translation>Il a été laissé en place&#xa0;: relancez l’analyse pour le revoir.</translation>
    </message>
    <message>
        <source>The photo kept from this group changed after the scan, so no copy of it was moved. Scan again to review the group.</source>
        <translation>La photo conservée de ce groupe a changé après l’analyse, donc aucune de ses copies n’a été déplacée. Relancez l’analyse pour revoir le groupe.</translation>
    </message>
    <message>
        <source>Its photo was not moved, so it stays with it.</source>
        <translation>Sa photo n’a pas été déplacée, il reste donc avec elle.</translation>
    </message>
    <message>
        <source>The clean-up was stopped before this file.</source>
        <translation>Le nettoyage a été arrêté avant ce fichier.</translation>
    </message>
    <message>
        <source>This drive has no trash folder, so the file was left in place.</source>
        <translation>Ce disque n’a pas de corbeille, le fichier a donc été laissé en place.</translation>
    </message>
    <message>
        <source>You are not allowed to move this file; it was left in place.</source>
        <translation>Vous n’avez pas le droit de déplacer ce fichier&#xa0;; il a été laissé en place.</translation>
    </message>
    <message>
        <source>The file was left in place.</source>
        <translation>Le fichier a été laissé en place.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sidecar of {owners}</source>
        <translation>fichier annexe de {owners}</translation>
    </message>
    <message>
        <source>same shot as {owners}</source>
        <translation>même prise que {owners}</translation>
    </message>
    <message>
        <source>Live Photo movie of {owners}</source>
        <translation>vidéo Live Photo de {owners}</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrompu&#xa0;: %n fichier déplacé vers {folder} avant l’arrêt (voir ci-dessus)&#xa0;; &apos;photodedup undo&apos; le remet en place</numerusform>
            <numerusform>interrompu&#xa0;: %n fichiers déplacés vers {folder} avant l’arrêt (voir ci-dessus)&#xa0;; &apos;photodedup undo&apos; les remet en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>%n skipped</comment>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>move</source>
        <translation>déplacer</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>corbeille</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrompu&#xa0;: %n fichier mis à la corbeille avant l’arrêt (voir ci-dessus)&#xa0;; &apos;photodedup undo&apos; le remet en place</numerusform>
            <numerusform>interrompu&#xa0;: %n fichiers mis à la corbeille avant l’arrêt (voir ci-dessus)&#xa0;; &apos;photodedup undo&apos; les remet en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trashed</source>
        <comment>%n trashed</comment>
        <translation>
            <numerusform>%n mis à la corbeille</numerusform>
            <numerusform>%n mis à la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>%n moved</comment>
        <translation>
            <numerusform>%n déplacé</numerusform>
            <numerusform>%n déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>%n changed</comment>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>%n failed</comment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>group {id}: keep {keepers}</source>
        <translation>groupe {id}&#xa0;: conserver {keepers}</translation>
    </message>
    <message>
        <source>refused {path}: {reason}</source>
        <translation>refusé {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>kept sidecar {path}: {reason}</source>
        <translation>fichier annexe conservé {path}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to the trash.</source>
        <comment>Dry run: would move %n files ({size}) to the trash.</comment>
        <translation>
            <numerusform>Simulation&#xa0;: %n fichier ({size}) serait mis à la corbeille.</numerusform>
            <numerusform>Simulation&#xa0;: %n fichiers ({size}) seraient mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to {folder}.</source>
        <comment>Dry run: would move %n files ({size}) to {folder}.</comment>
        <translation>
            <numerusform>Simulation&#xa0;: %n fichier ({size}) serait déplacé vers {folder}.</numerusform>
            <numerusform>Simulation&#xa0;: %n fichiers ({size}) seraient déplacés vers {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --yes to do it.</source>
        <translation>Relancez avec --yes pour le faire.</translation>
    </message>
    <message>
        <source>(grouped from fingerprints: scan the files on this machine first)</source>
        <translation>(regroupé d’après les empreintes&#xa0;: analysez d’abord les fichiers sur cette machine)</translation>
    </message>
    <message>
        <source>cannot move there: {error}</source>
        <translation>impossible de déplacer vers ce dossier&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{photos} and {failures} imported; {missing}, {changed}, {skipped}</source>
        <translation>{photos} et {failures} importés&#xa0;; {missing}, {changed}, {skipped}</translation>
    </message>
    <message>
        <source>export or import fingerprints as Parquet</source>
        <translation>exporter ou importer les empreintes au format Parquet</translation>
    </message>
    <message>
        <source>write the cached fingerprints to FILE</source>
        <translation>écrire les empreintes en cache dans FILE</translation>
    </message>
    <message>
        <source>only photos under these</source>
        <translation>seulement les photos sous ces dossiers</translation>
    </message>
    <message>
        <source>add the fingerprints of FILEs to the cache</source>
        <translation>ajouter au cache les empreintes des fichiers FILE</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable), e.g. /mnt/archive=/Volumes/archive</source>
        <translation>lire les chemins commençant par OLD comme commençant par NEW (répétable), p. ex. /mnt/archive=/Volumes/archive</translation>
    </message>
    <message>
        <source>store each row&apos;s own file identity without looking at the file (default: only files found here with the same size and mtime)</source>
        <translation>enregistrer l’identité de fichier de chaque ligne sans regarder le fichier (par défaut&#xa0;: seulement les fichiers trouvés ici avec la même taille et la même mtime)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure</source>
        <comment>%n failures</comment>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found here</source>
        <comment>%n not found here</comment>
        <translation>
            <numerusform>%n introuvable ici</numerusform>
            <numerusform>%n introuvables ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since</source>
        <comment>%n changed since</comment>
        <translation>
            <numerusform>%n modifié depuis</numerusform>
            <numerusform>%n modifiés depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>Parquet needs pyarrow: pip install &apos;photodedup[cluster]&apos;</source>
        <translation>Parquet nécessite pyarrow&#xa0;: pip install &apos;photodedup[cluster]&apos;</translation>
    </message>
    <message>
        <source>{photos} and {failures} written to {file}</source>
        <translation>{photos} et {failures} écrits dans {file}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>must be between 0 and {maximum}</source>
        <translation>doit être compris entre 0 et {maximum}</translation>
    </message>
    <message>
        <source>largest distance between copies (mean of hash and thumbnail distance), 0-{maximum} (default {default})</source>
        <translation>distance maximale entre copies (moyenne des distances du hachage et de la miniature), 0-{maximum} (par défaut {default})</translation>
    </message>
    <message>
        <source>also scan DIR, but never trash its files (repeatable)</source>
        <translation>analyser aussi DIR, sans jamais mettre ses fichiers à la corbeille (répétable)</translation>
    </message>
    <message>
        <source>skip matching paths</source>
        <translation>ignorer les chemins correspondants</translation>
    </message>
    <message>
        <source>skip smaller files</source>
        <translation>ignorer les fichiers plus petits</translation>
    </message>
    <message>
        <source>decoder processes (0: per core)</source>
        <translation>processus de décodage (0&#xa0;: un par cœur)</translation>
    </message>
    <message>
        <source>neither read nor write the cache</source>
        <translation>ne pas lire ni écrire le cache</translation>
    </message>
    <message>
        <source>also find mirrored and 90/180/270-degree turned copies (no EXIF tag)</source>
        <translation>trouver aussi les copies en miroir et pivotées de 90/180/270 degrés (sans balise EXIF)</translation>
    </message>
    <message>
        <source>--map wants OLD=NEW, not {item}</source>
        <translation>--map attend OLD=NEW, pas {item}</translation>
    </message>
    <message>
        <source>Find near-duplicate photos and clean them up safely.</source>
        <translation>Trouver les photos en quasi-double et faire le ménage en toute sécurité.</translation>
    </message>
    <message>
        <source>find groups of near-duplicate photos</source>
        <translation>trouver les groupes de photos en quasi-double</translation>
    </message>
    <message>
        <source>write the result as JSON (&apos;-&apos;: stdout)</source>
        <translation>écrire le résultat en JSON (&apos;-&apos;&#xa0;: sortie standard)</translation>
    </message>
    <message>
        <source>write one row per group member</source>
        <translation>écrire une ligne par membre de groupe</translation>
    </message>
    <message>
        <source>suggest &apos;trash&apos; for every copy with fewer pixels than its keeper (default: only byte-identical copies)</source>
        <translation>proposer &apos;trash&apos; pour chaque copie ayant moins de pixels que la photo conservée (par défaut&#xa0;: seulement les copies identiques octet par octet)</translation>
    </message>
    <message>
        <source>decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] (needs photodedup[cluster]; files at the same paths on every worker)</source>
        <translation>décoder sur un cluster Dask&#xa0;: une adresse d’ordonnanceur (tcp://HOST:8786) ou local[:N] (nécessite photodedup[cluster]&#xa0;; fichiers aux mêmes chemins sur chaque worker)</translation>
    </message>
    <message>
        <source>trash the members marked &apos;trash&apos; in a scan result</source>
        <translation>mettre à la corbeille les membres marqués &apos;trash&apos; dans un résultat d’analyse</translation>
    </message>
    <message>
        <source>really do it (default: dry run)</source>
        <translation>le faire vraiment (par défaut&#xa0;: simulation)</translation>
    </message>
    <message>
        <source>move the files into DIR (same drive) instead of the trash; undo brings them back</source>
        <translation>déplacer les fichiers dans DIR (même disque) au lieu de la corbeille&#xa0;; undo les remet en place</translation>
    </message>
    <message>
        <source>list library photos that are near-duplicates of IMAGE</source>
        <translation>lister les photos de la photothèque en quasi-double de IMAGE</translation>
    </message>
    <message>
        <source>scan these first</source>
        <translation>analyser d’abord ces dossiers</translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation>afficher les correspondances en JSON</translation>
    </message>
    <message>
        <source>restore the files of the last clean-up from the trash</source>
        <translation>restaurer depuis la corbeille les fichiers du dernier nettoyage</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message numerus="yes">
        <source>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</source>
        <comment>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</comment>
        <translation>
            <numerusform>%n photo en cache a été modifiée ou a disparu depuis sa lecture et n’est pas recherchée&#xa0;; indiquez des dossiers ROOT pour l’analyser à nouveau</numerusform>
            <numerusform>%n photos en cache ont été modifiées ou ont disparu depuis leur lecture et ne sont pas recherchées&#xa0;; indiquez des dossiers ROOT pour les analyser à nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file or folder: {path}</source>
        <translation>fichier ou dossier introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>impossible de lire {path}&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicate of {path} among %n photo.</source>
        <comment>No near-duplicate of {path} among %n photos.</comment>
        <translation>
            <numerusform>Aucun quasi-double de {path} parmi %n photo.</numerusform>
            <numerusform>Aucun quasi-double de {path} parmi %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>grouped from fingerprints alone: pairs a scan checks on the pictures were decided by the fingerprints (pixels not checked)</source>
        <translation>regroupé d’après les seules empreintes&#xa0;: les paires qu’une analyse vérifie sur les images ont été décidées par les empreintes (pixels non vérifiés)</translation>
    </message>
    <message>
        <source>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</source>
        <translation>{fingerprints}&#xa0;: {photos} dans {groups}, {errors}&#xa0;; {here}&#xa0;; {note}</translation>
    </message>
    <message>
        <source>group the fingerprints of Parquet files (no access to the photos needed)</source>
        <translation>regrouper les empreintes de fichiers Parquet (sans accès aux photos)</translation>
    </message>
    <message>
        <source>also find mirrored and turned copies</source>
        <translation>trouver aussi les copies en miroir et pivotées</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable)</source>
        <translation>lire les chemins commençant par OLD comme commençant par NEW (répétable)</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint</source>
        <comment>%n fingerprints</comment>
        <translation>
            <numerusform>%n empreinte</numerusform>
            <numerusform>%n empreintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <comment>%n groups</comment>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{here} of the %n grouped file found here unchanged</source>
        <comment>{here} of the %n grouped files found here unchanged</comment>
        <translation>
            <numerusform>{here} sur %n fichier regroupé trouvé ici inchangé</numerusform>
            <numerusform>{here} sur %n fichiers regroupés trouvés ici inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the fingerprints: {error}</source>
        <translation>impossible de lire les empreintes&#xa0;: {error}</translation>
    </message>
    <message>
        <source>list or clear the photos marked &apos;not a duplicate&apos;</source>
        <translation>lister ou effacer les photos marquées «&#xa0;pas un doublon&#xa0;»</translation>
    </message>
    <message>
        <source>show each entry with its id</source>
        <translation>afficher chaque entrée avec son identifiant</translation>
    </message>
    <message>
        <source>forget the entries ID... (default: all)</source>
        <translation>oublier les entrées ID... (par défaut&#xa0;: toutes)</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten</source>
        <comment>%n forgotten</comment>
        <translation>
            <numerusform>%n oubliée</numerusform>
            <numerusform>%n oubliées</numerusform>
        </translation>
    </message>
    <message>
        <source>pair</source>
        <translation>paire</translation>
    </message>
    <message>
        <source>Nothing is marked &apos;not a duplicate&apos;.</source>
        <translation>Rien n’est marqué «&#xa0;pas un doublon&#xa0;».</translation>
    </message>
    <message>
        <source>no entry {number}</source>
        <translation>aucune entrée {number}</translation>
    </message>
    <message>
        <source>the list could not be changed: {error}</source>
        <translation>la liste n’a pas pu être modifiée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similaire</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>prises de vue</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>garder</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <source>permission_denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>decoder_crashed</source>
        <translation>décodeur planté</translation>
    </message>
    <message>
        <source>decoder_timeout</source>
        <translation>délai du décodeur dépassé</translation>
    </message>
    <message>
        <source>not_a_regular_file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</source>
        <translation>{files}&#xa0;: {photos} dans {groups}, {errors} ({decoded}, {cached}) en {seconds} s</translation>
    </message>
    <message>
        <source>not a folder or a photo file (a FIFO, socket or device)</source>
        <translation>ni un dossier ni un fichier photo (un FIFO, une socket ou un périphérique)</translation>
    </message>
    <message>
        <source>error {kind}: {path}: {message}</source>
        <translation>erreur {kind}&#xa0;: {path}&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <comment>%n files</comment>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoded</source>
        <comment>%n decoded</comment>
        <translation>
            <numerusform>%n décodée</numerusform>
            <numerusform>%n décodées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <comment>%n from cache</comment>
        <translation>
            <numerusform>%n depuis le cache</numerusform>
            <numerusform>%n depuis le cache</numerusform>
        </translation>
    </message>
    <message>
        <source> - cancelled, partial result</source>
        <translation> - annulé, résultat partiel</translation>
    </message>
    <message>
        <source>group {id} ({kind}, keeper: {reason})</source>
        <translation>groupe {id} ({kind}, conservée&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>cannot use {error}</source>
        <translation>inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot write the result: {error}</source>
        <translation>impossible d’écrire le résultat&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <comment>%n restored</comment>
        <translation>
            <numerusform>%n restauré</numerusform>
            <numerusform>%n restaurés</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}, {not_restored}</source>
        <translation>{restored}, {not_restored}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>restauré {path}</translation>
    </message>
    <message>
        <source>not restored {path}: {reason}</source>
        <translation>non restauré {path}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n not restored</source>
        <comment>%n not restored</comment>
        <translation>
            <numerusform>%n non restauré</numerusform>
            <numerusform>%n non restaurés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>discover</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>group</source>
        <translation>regroupement</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>corbeille</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
</context>
</TS>
