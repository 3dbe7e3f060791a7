<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Finds near-duplicate photos (resized, re-compressed, converted or rotated copies) and moves the extra copies to the trash, never the last one.</source>
        <translation>Encuentra fotos casi duplicadas (copias redimensionadas, recomprimidas, convertidas o giradas) y envía las copias sobrantes a la papelera, nunca la última.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with absolutely no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior ({spdx}). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Built with these libraries (name, version, licence):</source>
        <translation>Creado con estas bibliotecas (nombre, versión, licencia):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Photo Dedup is already running. Switch to its window: only one copy can run at a time, so two scans never fight over the same cache and trash.</source>
        <translation>Photo Dedup ya se está ejecutando. Cambie a su ventana: solo puede ejecutarse una instancia a la vez, para que dos análisis nunca compitan por la misma caché y papelera.</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>{path}
Keeper: {reason}</source>
        <translation>{path}
Conservada: {reason}</translation>
    </message>
    <message>
        <source>{name}: {subtitle}, {kind}</source>
        <translation>{name}: {subtitle}, {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · {size} in other shots</source>
        <translation>{count} · {size} en otras tomas</translation>
    </message>
    <message>
        <source>{count} · {size} in copies</source>
        <translation>{count} · {size} en copias</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Left photo</source>
        <translation>Foto izquierda</translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation>Foto derecha</translation>
    </message>
    <message>
        <source>Zoom of the larger photo (100 % = actual pixels)</source>
        <translation>Zoom de la foto más grande (100 % = píxeles reales)</translation>
    </message>
    <message>
        <source>Compare tools</source>
        <translation>Herramientas de comparación</translation>
    </message>
    <message>
        <source>← Back to group</source>
        <translation>← Volver al grupo</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Grupo anterior</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Grupo siguiente</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Conservar derecha</translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation>Marcar derecha</translation>
    </message>
    <message>
        <source>{text} (shortcut: {key})</source>
        <translation>{text} (atajo: {key})</translation>
    </message>
    <message>
        <source>Right: {n} of {total} · ←/→ for the others</source>
        <translation>Derecha: {n} de {total} · ←/→ para las demás</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;: black where the photos agree, bright where they differ (D: back)</source>
        <translation>&lt;b&gt;Diferencia&lt;/b&gt;: negro donde las fotos coinciden, claro donde difieren (D: volver)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blink&lt;/b&gt;: now the left photo (B: stop)</source>
        <translation>&lt;b&gt;Alternar&lt;/b&gt;: ahora la foto izquierda (B: detener)</translation>
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
            <numerusform>¿Enviar %n archivo ({size}) a la papelera?</numerusform>
            <numerusform>¿Enviar %n archivos ({size}) a la papelera?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</source>
        <translation>
            <numerusform>Incluye %n archivo que acompaña a su foto: un archivo complementario (.xmp, .aae…), el otro archivo de una toma RAW+JPEG o el vídeo de una Live Photo.</numerusform>
            <numerusform>Incluye %n archivos que acompañan a sus fotos: archivos complementarios (.xmp, .aae…), el otro archivo de una toma RAW+JPEG, el vídeo de una Live Photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) kept: each also describes a photo that stays.</source>
        <translation>
            <numerusform>Se conserva %n archivo complementario: también describe una foto que se queda.</numerusform>
            <numerusform>Se conservan %n archivos complementarios: cada uno también describe una foto que se queda.</numerusform>
        </translation>
    </message>
    <message>
        <source>also describes {name}, which stays</source>
        <translation>también describe {name}, que se queda</translation>
    </message>
    <message>
        <source>also describes a file that stays</source>
        <translation>también describe un archivo que se queda</translation>
    </message>
    <message>
        <source>also moves: {name}</source>
        <translation>también se mueve: {name}</translation>
    </message>
    <message>
        <source>stays: {name} ({reason})</source>
        <translation>se queda: {name} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trashed:</source>
        <translation>No enviados a la papelera:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves. You can undo with Edit → Undo Last Clean-up.</source>
        <translation>Las fotos conservadas y las de carpetas de referencia nunca se tocan. Cada archivo se vuelve a comprobar justo antes de moverlo. Puede deshacerlo con Editar → Deshacer la última limpieza.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>Se conservará %n archivo marcado (ver detalles).</numerusform>
            <numerusform>Se conservarán %n archivos marcados (ver detalles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>Mover a una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to {folder}?</source>
        <translation>
            <numerusform>¿Mover %n archivo ({size}) a {folder}?</numerusform>
            <numerusform>¿Mover %n archivos ({size}) a {folder}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves; nothing in the folder is overwritten (a taken name gets a number). You can undo with Edit → Undo Last Clean-up.</source>
        <translation>Las fotos conservadas y las de carpetas de referencia nunca se tocan. Cada archivo se vuelve a comprobar justo antes de moverlo; no se sobrescribe nada en la carpeta (un nombre ya usado recibe un número). Puede deshacerlo con Editar → Deshacer la última limpieza.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move Marked Files to Folder</source>
        <translation>Mover los archivos marcados a una carpeta</translation>
    </message>
    <message>
        <source>Undo Last Clean-up</source>
        <translation>Deshacer la última limpieza</translation>
    </message>
    <message>
        <source>Restore the last clean-up ({summary}) from the trash?</source>
        <translation>¿Restaurar la última limpieza ({summary}) desde la papelera?</translation>
    </message>
    <message>
        <source>Undo Clean-up</source>
        <translation>Deshacer la limpieza</translation>
    </message>
    <message>
        <source>Put the files of this clean-up ({summary}) back where they were?</source>
        <translation>¿Devolver los archivos de esta limpieza ({summary}) a su lugar original?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>C&amp;onservar esta foto</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Desmarcar</translation>
    </message>
    <message>
        <source>&amp;Mark for Trash</source>
        <translation>&amp;Marcar para la papelera</translation>
    </message>
    <message>
        <source>Compare with the &amp;Keeper</source>
        <translation>Comparar con la foto &amp;conservada</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;No es un duplicado</translation>
    </message>
    <message>
        <source>This photo is not a copy of the keeper: never group them together again</source>
        <translation>Esta foto no es una copia de la conservada: no volver a agruparlas nunca</translation>
    </message>
    <message>
        <source>&amp;Open the Keeper</source>
        <translation>&amp;Abrir la foto conservada</translation>
    </message>
    <message>
        <source>Show the Keeper in &amp;Folder</source>
        <translation>Mostrar la foto conservada en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy the Keeper&apos;s Path</source>
        <translation>Copiar la &amp;ruta de la foto conservada</translation>
    </message>
    <message>
        <source>&amp;Mark All but the Keeper</source>
        <translation>&amp;Marcar todas menos la conservada</translation>
    </message>
    <message>
        <source>&amp;Unmark This Group</source>
        <translation>&amp;Desmarcar este grupo</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates (Hide This Group)</source>
        <translation>&amp;No son duplicados (ocultar este grupo)</translation>
    </message>
    <message>
        <source>These photos are not copies of each other: never group them again</source>
        <translation>Estas fotos no son copias unas de otras: no volver a agruparlas nunca</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>reference folder</source>
        <translation>carpeta de referencia</translation>
    </message>
    <message>
        <source>undamaged</source>
        <translation>sin daños</translation>
    </message>
    <message>
        <source>camera RAW original ({format})</source>
        <translation>original RAW de cámara ({format})</translation>
    </message>
    <message>
        <source>most pixels ({width}×{height})</source>
        <translation>más píxeles ({width}×{height})</translation>
    </message>
    <message>
        <source>largest file ({size})</source>
        <translation>archivo más grande ({size})</translation>
    </message>
    <message>
        <source>oldest file ({day})</source>
        <translation>archivo más antiguo ({day})</translation>
    </message>
    <message>
        <source>newest file ({day})</source>
        <translation>archivo más reciente ({day})</translation>
    </message>
    <message>
        <source>shortest path</source>
        <translation>ruta más corta</translation>
    </message>
    <message>
        <source>all criteria equal; first by path</source>
        <translation>todos los criterios iguales; la primera por ruta</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <source>shared with a file that stays</source>
        <translation>compartido con un archivo que se queda</translation>
    </message>
    <message>
        <source>shared with a file that stays ({path})</source>
        <translation>compartido con un archivo que se queda ({path})</translation>
    </message>
    <message>
        <source>every copy was selected: nothing in this group is trashed</source>
        <translation>se seleccionaron todas las copias: nada de este grupo va a la papelera</translation>
    </message>
    <message>
        <source>same file as a kept or already listed member (hard link or path given twice)</source>
        <translation>el mismo archivo que una foto conservada o ya incluida (enlace duro o ruta indicada dos veces)</translation>
    </message>
    <message>
        <source>inside a trash or photodedup folder</source>
        <translation>dentro de una papelera o de una carpeta de photodedup</translation>
    </message>
    <message>
        <source>not under the scanned folders</source>
        <translation>fuera de las carpetas analizadas</translation>
    </message>
    <message>
        <source>the result carries no verifiable content key (format version 1, or from another user or machine): only exact copies are trashed, after a byte comparison with their keeper; scan again to act on this one</source>
        <translation>el resultado no tiene una clave de contenido verificable (formato versión 1, o de otro usuario o equipo): solo se envían a la papelera las copias exactas, tras compararlas byte a byte con la foto conservada; vuelva a analizar para actuar sobre esta</translation>
    </message>
    <message>
        <source>not listed by the scan (the result was edited beyond its actions)</source>
        <translation>no figura en el análisis (el resultado se editó más allá de sus acciones)</translation>
    </message>
    <message>
        <source>not listed by the scan (it carries no seal: scan again to act on it)</source>
        <translation>no figura en el análisis (no lleva sello: vuelva a analizar para actuar sobre él)</translation>
    </message>
    <message>
        <source>note: this result was grouped from fingerprints alone (photodedup group): no pair was checked on the pictures, and the files may never have been seen on this machine. Each file is re-checked here before it moves (same file, same bytes); one that is not here as the fingerprints recorded it is left in place</source>
        <translation>nota: este resultado se agrupó solo a partir de huellas (photodedup group): ningún par se comprobó en las imágenes, y puede que los archivos nunca se hayan visto en este equipo. Cada archivo se vuelve a comprobar aquí antes de moverlo (mismo archivo, mismos bytes); el que no esté aquí tal como lo registraron las huellas se queda en su sitio</translation>
    </message>
    <message>
        <source>note: it is format version 1 and carries no content keys, so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>nota: tiene el formato versión 1 y no lleva claves de contenido, así que los bytes no se pueden volver a comprobar con el análisis: solo se envían a la papelera las copias exactas, tras compararlas byte a byte con la foto conservada; vuelva a analizar para hacer todas las comprobaciones</translation>
    </message>
    <message>
        <source>note: its seals cannot be checked (written by another user or machine), so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>nota: sus sellos no se pueden comprobar (lo escribió otro usuario u otro equipo), así que los bytes no se pueden volver a comprobar con el análisis: solo se envían a la papelera las copias exactas, tras compararlas byte a byte con la foto conservada; vuelva a analizar para hacer todas las comprobaciones</translation>
    </message>
    <message>
        <source>root not usable: {error}</source>
        <translation>carpeta raíz no utilizable: {error}</translation>
    </message>
    <message>
        <source>cannot list folder: {error}</source>
        <translation>no se puede listar la carpeta: {error}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>archivo vacío (0 bytes)</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>más de {limit} bytes</translation>
    </message>
    <message>
        <source>the file changed since it was listed</source>
        <translation>el archivo cambió desde que se listó</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>el archivo cambió mientras se leía</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>el archivo ya no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>{size} bytes is over the {limit} limit</source>
        <translation>{size} bytes superan el límite de {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>por encima del límite de {limit} bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>{width}x{height} is over {limit} pixels</source>
        <translation>{width}x{height} supera los {limit} píxeles</translation>
    </message>
    <message>
        <source>{width}x{height} declared by a {size}-byte file (a decompression bomb)</source>
        <translation>{width}x{height} declarados por un archivo de {size} bytes (una bomba de descompresión)</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>los archivos {format} no son compatibles</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>no es una imagen legible</translation>
    </message>
    <message>
        <source>not enough memory to decode ({error})</source>
        <translation>no hay memoria suficiente para decodificar ({error})</translation>
    </message>
    <message>
        <source>not enough memory to decode</source>
        <translation>no hay memoria suficiente para decodificar</translation>
    </message>
    <message>
        <source>not a readable {format} file (no image size)</source>
        <translation>no es un archivo {format} legible (sin tamaño de imagen)</translation>
    </message>
    <message>
        <source>not a readable {format} file ({error})</source>
        <translation>no es un archivo {format} legible ({error})</translation>
    </message>
    <message>
        <source>damaged {format} file ({error})</source>
        <translation>archivo {format} dañado ({error})</translation>
    </message>
    <message>
        <source>decoder processes fail to start ({error})</source>
        <translation>los procesos decodificadores no arrancan ({error})</translation>
    </message>
    <message>
        <source>the decoder process did not start</source>
        <translation>el proceso decodificador no arrancó</translation>
    </message>
    <message>
        <source>the decoder process is gone</source>
        <translation>el proceso decodificador ya no está</translation>
    </message>
    <message>
        <source>the decoder was shut down</source>
        <translation>el decodificador se cerró</translation>
    </message>
    <message>
        <source>the decoder crashed ({signal})</source>
        <translation>el decodificador falló ({signal})</translation>
    </message>
    <message>
        <source>the decoder ran out of memory</source>
        <translation>el decodificador se quedó sin memoria</translation>
    </message>
    <message>
        <source>the decoder exited unexpectedly (code {code})</source>
        <translation>el decodificador terminó de forma inesperada (código {code})</translation>
    </message>
    <message>
        <source>decoding took longer than {seconds} s</source>
        <translation>la decodificación tardó más de {seconds} s</translation>
    </message>
    <message>
        <source>the cluster could not decode it ({error})</source>
        <translation>el clúster no pudo decodificarlo ({error})</translation>
    </message>
    <message>
        <source>the cluster returned no result for it</source>
        <translation>el clúster no devolvió ningún resultado para él</translation>
    </message>
    <message>
        <source>unreadable EXIF, orientation ignored ({error})</source>
        <translation>EXIF ilegible, orientación ignorada ({error})</translation>
    </message>
    <message>
        <source>damaged EXIF ({error})</source>
        <translation>EXIF dañado ({error})</translation>
    </message>
    <message>
        <source>invalid EXIF orientation {value} ignored</source>
        <translation>orientación EXIF {value} no válida ignorada</translation>
    </message>
    <message>
        <source>damaged metadata ({error})</source>
        <translation>metadatos dañados ({error})</translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation>ya no es un archivo normal</translation>
    </message>
    <message>
        <source>modified ({fields})</source>
        <translation>modificado ({fields})</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>su carpeta ahora lleva a otro sitio (se puso un enlace simbólico en su lugar)</translation>
    </message>
    <message>
        <source>its bytes differ from the keeper&apos;s (not an exact copy)</source>
        <translation>sus bytes difieren de los del archivo que se conserva (no es una copia exacta)</translation>
    </message>
    <message>
        <source>still in place after moving</source>
        <translation>sigue en su sitio después de moverlo</translation>
    </message>
    <message>
        <source>moved away, but not found in the destination folder</source>
        <translation>se movió, pero no se encuentra en la carpeta de destino</translation>
    </message>
    <message>
        <source>still in place after trashing (the trash reported success)</source>
        <translation>sigue en su sitio después de enviarlo a la papelera (la papelera indicó que lo hizo)</translation>
    </message>
    <message>
        <source>moved away, but not found in the trash</source>
        <translation>se movió, pero no se encuentra en la papelera</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>cannot be checked ({error})</source>
        <translation>no se puede comprobar ({error})</translation>
    </message>
    <message>
        <source>is the same file as the one to trash</source>
        <translation>es el mismo archivo que el que se iba a enviar a la papelera</translation>
    </message>
    <message>
        <source>content differs from the scan</source>
        <translation>el contenido difiere del análisis</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>changed since scan: {problem}</source>
        <translation>cambiado desde el análisis: {problem}</translation>
    </message>
    <message>
        <source>keeper changed: {path} {problem}</source>
        <translation>cambió el archivo que se conserva: {path} {problem}</translation>
    </message>
    <message>
        <source>cannot be re-read ({kind}: {error})</source>
        <translation>no se puede volver a leer ({kind}: {error})</translation>
    </message>
    <message>
        <source>not trashed: the undo journal cannot be written ({error})</source>
        <translation>no se envió a la papelera: no se puede escribir el registro para deshacer ({error})</translation>
    </message>
    <message>
        <source>could not move: {error}</source>
        <translation>no se pudo mover: {error}</translation>
    </message>
    <message>
        <source>could not trash: {error}</source>
        <translation>no se pudo enviar a la papelera: {error}</translation>
    </message>
    <message>
        <source>its photo was not trashed: {path}</source>
        <translation>su foto no se envió a la papelera: {path}</translation>
    </message>
    <message>
        <source>not moved: the undo journal cannot be written ({error})</source>
        <translation>no se movió: no se puede escribir el registro para deshacer ({error})</translation>
    </message>
    <message>
        <source>could not move: {error} [errno {errno}]</source>
        <translation>no se pudo mover: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>no usable trash on this drive ({where}); file left in place</source>
        <translation>no hay una papelera utilizable en esta unidad ({where}); el archivo se deja donde estaba</translation>
    </message>
    <message>
        <source>could not trash: {error} [errno {errno}]</source>
        <translation>no se pudo enviar a la papelera: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>its photo was not moved: {path}</source>
        <translation>su foto no se movió: {path}</translation>
    </message>
    <message>
        <source>no free name in the trash</source>
        <translation>no hay un nombre libre en la papelera</translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation>Permiso denegado: {path}</translation>
    </message>
    <message>
        <source>trash entry taken</source>
        <translation>la entrada de la papelera ya está ocupada</translation>
    </message>
    <message>
        <source>the file changed just before the move</source>
        <translation>el archivo cambió justo antes de moverlo</translation>
    </message>
    <message>
        <source>pywin32 is needed to move files to the Recycle Bin safely</source>
        <translation>se necesita pywin32 para enviar archivos a la papelera de reciclaje de forma segura</translation>
    </message>
    <message>
        <source>the Recycle Bin refused the file (not recyclable)</source>
        <translation>la papelera de reciclaje rechazó el archivo (no reciclable)</translation>
    </message>
    <message>
        <source>a file already exists at the original path</source>
        <translation>ya existe un archivo en la ruta original</translation>
    </message>
    <message>
        <source>no longer in the trash</source>
        <translation>ya no está en la papelera</translation>
    </message>
    <message>
        <source>no longer in the folder</source>
        <translation>ya no está en la carpeta</translation>
    </message>
    <message>
        <source>was never trashed (still in place)</source>
        <translation>nunca se envió a la papelera (sigue en su sitio)</translation>
    </message>
    <message>
        <source>its new path is not recorded</source>
        <translation>su nueva ruta no está registrada</translation>
    </message>
    <message>
        <source>not found in the trash</source>
        <translation>no se encuentra en la papelera</translation>
    </message>
    <message>
        <source>the trash entry is not the file that was trashed ({changes}); left in the trash</source>
        <translation>la entrada de la papelera no es el archivo que se envió a ella ({changes}); se deja en la papelera</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the trash</source>
        <translation>su carpeta ahora lleva a otro sitio ({folder}); se deja en la papelera</translation>
    </message>
    <message>
        <source>the moved file is not the file that was moved ({changes}); left in the folder it was moved to</source>
        <translation>el archivo movido no es el que se movió ({changes}); se deja en la carpeta a la que se movió</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the folder it was moved to</source>
        <translation>su carpeta ahora lleva a otro sitio ({folder}); se deja en la carpeta a la que se movió</translation>
    </message>
    <message>
        <source>cannot be checked in the trash ({error})</source>
        <translation>no se puede comprobar en la papelera ({error})</translation>
    </message>
    <message>
        <source>could not restore: {error}</source>
        <translation>no se pudo restaurar: {error}</translation>
    </message>
    <message>
        <source>interrupted during the move</source>
        <translation>interrumpido durante el movimiento</translation>
    </message>
    <message>
        <source>interrupted before the move</source>
        <translation>interrumpido antes del movimiento</translation>
    </message>
    <message>
        <source>{count} files trashed on {when}</source>
        <translation>{count} archivos enviados a la papelera el {when}</translation>
    </message>
    <message>
        <source>{count} file moved on {when}</source>
        <translation>{count} archivo movido el {when}</translation>
    </message>
    <message>
        <source>{count} files moved on {when}</source>
        <translation>{count} archivos movidos el {when}</translation>
    </message>
    <message>
        <source>{count} file trashed on {when}</source>
        <translation>{count} archivo enviado a la papelera el {when}</translation>
    </message>
    <message>
        <source>the folder is on another drive: photodedup moves files only within one drive (it never copies a photo and deletes the original)</source>
        <translation>la carpeta está en otra unidad: photodedup solo mueve archivos dentro de una misma unidad (nunca copia una foto para borrar el original)</translation>
    </message>
    <message>
        <source>no free name in the folder</source>
        <translation>no hay un nombre libre en la carpeta</translation>
    </message>
    <message>
        <source>the name was taken at the destination</source>
        <translation>el nombre ya está ocupado en el destino</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>the folder is inside a trash or photodedup&apos;s own folders</source>
        <translation>la carpeta está dentro de una papelera o de las carpetas propias de photodedup</translation>
    </message>
    <message>
        <source>the folder is inside a reference folder (reference photos are never touched)</source>
        <translation>la carpeta está dentro de una carpeta de referencia (las fotos de referencia nunca se tocan)</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>the file changed during the move</source>
        <translation>el archivo cambió mientras se movía</translation>
    </message>
    <message>
        <source>the folder cannot be used ({error})</source>
        <translation>no se puede usar la carpeta ({error})</translation>
    </message>
    <message>
        <source>the folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>la carpeta ahora lleva a otro sitio (se puso un enlace simbólico en su lugar)</translation>
    </message>
    <message>
        <source>cannot move into {folder}: {problem}</source>
        <translation>no se puede mover a {folder}: {problem}</translation>
    </message>
    <message>
        <source>{folder}: {problem}</source>
        <translation>carpeta {folder}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not a photodedup scan result</source>
        <translation>{path} no es un resultado de análisis de photodedup</translation>
    </message>
    <message>
        <source>{path} has format version {version}; expected one of 1, 2</source>
        <translation>{path} tiene el formato versión {version}; se esperaba 1 o 2</translation>
    </message>
    <message>
        <source>{path}: &apos;groups&apos; must be a list</source>
        <translation>{path}: &apos;groups&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>bad group entry: {entry}</source>
        <translation>entrada de grupo no válida: {entry}</translation>
    </message>
    <message>
        <source>group {id}: unknown kind {kind}</source>
        <translation>grupo {id}: tipo desconocido {kind}</translation>
    </message>
    <message>
        <source>group {id}: &apos;members&apos; must be a list</source>
        <translation>grupo {id}: &apos;members&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>group {id}: bad member {member}</source>
        <translation>grupo {id}: miembro no válido {member}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: nested too deeply</source>
        <translation>no se puede leer {path}: anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of paths (no NUL bytes)</source>
        <translation>{path}: &apos;{key}&apos; debe ser una lista de rutas (sin bytes NUL)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Carpetas que analizar</translation>
    </message>
    <message>
        <source>Photos in a reference folder are compared but never trashed</source>
        <translation>Las fotos de una carpeta de referencia se comparan, pero nunca se envían a la papelera</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Tip: drop folders here. Tick Reference for originals to protect.</source>
        <translation>Consejo: suelte carpetas aquí. Marque «Referencia» para proteger los originales.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Order found</source>
        <translation>Orden de hallazgo</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>Espacio que liberar</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>Número de fotos</translation>
    </message>
    <message>
        <source>Most alike first</source>
        <translation>Más parecidas primero</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Fecha de captura</translation>
    </message>
    <message>
        <source>Search names and folders</source>
        <translation>Buscar nombres y carpetas</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Buscar grupos</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Ordenar grupos por</translation>
    </message>
    <message>
        <source>Only with marks</source>
        <translation>Solo con marcas</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Identical copies</source>
        <translation>Copias idénticas</translation>
    </message>
    <message>
        <source>Look-alike copies</source>
        <translation>Copias parecidas</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Tomas similares</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● %n marcada para la papelera</numerusform>
            <numerusform>● %n marcadas para la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Grupos de duplicados</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Photos of the selected group</source>
        <translation>Fotos del grupo seleccionado</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>No se puede mostrar esta imagen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>in the trash</source>
        <translation>en la papelera</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>still in the trash (could not restore)</source>
        <translation>aún en la papelera (no se pudo restaurar)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>no movido</translation>
    </message>
    <message>
        <source>moved to {folder}</source>
        <translation>movido a {folder}</translation>
    </message>
    <message>
        <source>still in {folder} (could not restore)</source>
        <translation>aún en {folder} (no se pudo restaurar)</translation>
    </message>
    <message numerus="yes">
        <source>{when} · %n file(s) moved</source>
        <translation>
            <numerusform>{when} · %n archivo movido</numerusform>
            <numerusform>{when} · %n archivos movidos</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clean-up History</source>
        <translation>Historial de limpiezas</translation>
    </message>
    <message>
        <source>Clean-up / file</source>
        <translation>Limpieza / archivo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Clean-ups, newest first</source>
        <translation>Limpiezas, las más recientes primero</translation>
    </message>
    <message>
        <source>No clean-up yet.</source>
        <translation>Aún no hay limpiezas.</translation>
    </message>
    <message>
        <source>&amp;Undo This Clean-up</source>
        <translation>&amp;Deshacer esta limpieza</translation>
    </message>
    <message>
        <source>Put the files of the selected clean-up back where they were</source>
        <translation>Devolver los archivos de la limpieza seleccionada a su lugar original</translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <source>Not Duplicates</source>
        <translation>No duplicados</translation>
    </message>
    <message>
        <source>Photos you said are not duplicates are never grouped together again, by the app or the command line, until you forget them here or a file changes.</source>
        <translation>Las fotos que indicó que no son duplicados no se vuelven a agrupar nunca, ni en la aplicación ni en la línea de comandos, hasta que las olvide aquí o cambie algún archivo.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Recordado el</translation>
    </message>
    <message>
        <source>Photos that are not duplicates, newest first</source>
        <translation>Fotos que no son duplicados, las más recientes primero</translation>
    </message>
    <message>
        <source>Nothing remembered yet: right-click a photo or a group and choose Not a Duplicate.</source>
        <translation>Aún no hay nada recordado: haga clic con el botón derecho en una foto o un grupo y elija «No es un duplicado».</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>&amp;Olvidar seleccionados</translation>
    </message>
    <message>
        <source>Forget &amp;All</source>
        <translation>Olvidar &amp;todos</translation>
    </message>
    <message>
        <source>Group of {count}: {names}</source>
        <translation>Grupo de {count}: {names}</translation>
    </message>
    <message>
        <source>{first} is not a duplicate of {second}</source>
        <translation>{first} no es un duplicado de {second}</translation>
    </message>
</context>
<context>
    <name>KeepRules</name>
    <message>
        <source>Camera RAW original</source>
        <translation>Original RAW de cámara</translation>
    </message>
    <message>
        <source>Most pixels</source>
        <translation>Más píxeles</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Archivo más grande</translation>
    </message>
    <message>
        <source>Oldest file</source>
        <translation>Archivo más antiguo</translation>
    </message>
    <message>
        <source>Newest file</source>
        <translation>Archivo más reciente</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Ruta más corta</translation>
    </message>
</context>
<context>
    <name>KeepRulesEditor</name>
    <message>
        <source>Keeper rules, first decides</source>
        <translation>Reglas para conservar, decide la primera</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Always first: photos in reference folders, then undamaged ones.</source>
        <translation>Siempre primero: las fotos de carpetas de referencia, luego las que no están dañadas.</translation>
    </message>
</context>
<context>
    <name>LastReview</name>
    <message>
        <source>Reopening the last review…</source>
        <translation>Reabriendo la última revisión…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened the last review: %n decision(s) restored</source>
        <translation>
            <numerusform>Última revisión reabierta: %n decisión restaurada</numerusform>
            <numerusform>Última revisión reabierta: %n decisiones restauradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n dropped because the file changed or vanished</source>
        <translation>
            <numerusform>; %n descartada porque el archivo cambió o desapareció</numerusform>
            <numerusform>; %n descartadas porque los archivos cambiaron o desaparecieron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>%n copia de menor resolución marcada</numerusform>
            <numerusform>%n copias de menor resolución marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation>No hay nada que enviar a la papelera.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>No hay nada que mover.</translation>
    </message>
    <message>
        <source>Cannot move files to {folder}: {reason}</source>
        <translation>No se pueden mover archivos a {folder}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>%n archivo ({size}) movido a {folder}.</numerusform>
            <numerusform>%n archivos ({size}) movidos a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>%n archivo ({size}) enviado a la papelera.</numerusform>
            <numerusform>%n archivos ({size}) enviados a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n archivo no movido: vea Problemas.</numerusform>
            <numerusform>%n archivos no movidos: vea Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation>No hay ninguna limpieza que deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>Restaurado {n} de %n archivo desde la papelera.</numerusform>
            <numerusform>Restaurados {n} de %n archivos desde la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>La última limpieza se interrumpió. %n archivo se envió a la papelera, pero no quedó registrado. Use Editar → Deshacer la última limpieza para recuperarlo.</numerusform>
            <numerusform>La última limpieza se interrumpió. %n archivos se enviaron a la papelera, pero no quedaron registrados. Use Editar → Deshacer la última limpieza para recuperarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Remembered as not duplicates: they will not be grouped again (Edit → Not Duplicates to undo).</source>
        <translation>Se recordará que no son duplicados: no se volverán a agrupar (Editar → No duplicados para deshacerlo).</translation>
    </message>
    <message>
        <source>Forgotten: those photos can be grouped again.</source>
        <translation>Olvidado: esas fotos se pueden volver a agrupar.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Files are being moved to the trash. Stop after the current file and quit?</source>
        <translation>Se están enviando archivos a la papelera. ¿Detener tras el archivo actual y salir?</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {n} of {total}: {count}</source>
        <translation>Grupo {n} de {total}: {count}</translation>
    </message>
    <message>
        <source>←/→ other photo · M mark the right one · K keep it · S swap · D difference · B blink · N/P group · Esc back</source>
        <translation>←/→ otra foto · M marcar la derecha · K conservarla · S intercambiar · D diferencia · B alternar · N/P grupo · Esc volver</translation>
    </message>
    <message>
        <source>Similar shots: different photos of one scene. Compare them and mark by hand; no bulk action marks them.</source>
        <translation>Tomas similares: fotos distintas de una misma escena. Compárelas y márquelas a mano; ninguna acción masiva las marca.</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation>←/→ elegir foto · Espacio marcar para la papelera · K conservar · Intro comparar · AvPág grupo siguiente</translation>
    </message>
    <message>
        <source>Keepers and reference photos cannot be marked</source>
        <translation>Las fotos conservadas y de referencia no se pueden marcar</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>CONSERVAR</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>PAPELERA</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>TOMA</translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>Análisis detenido: %n foto leída (guardada en la caché para la próxima vez)</numerusform>
            <numerusform>Análisis detenido: %n fotos leídas (guardadas en la caché para la próxima vez)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan finished: {photos}, {groups}, {errors}</source>
        <translation>Análisis terminado: {photos}, {groups}, {errors}</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <source>Something went wrong:
{text}</source>
        <translation>Algo salió mal:
{text}</translation>
    </message>
    <message>
        <source>Groups appear here when the scan ends.</source>
        <translation>Los grupos aparecerán aquí cuando termine el análisis.</translation>
    </message>
    <message>
        <source>Photo Dedup finds resized, re-saved, converted and lightly edited copies of your photos. Drop a folder anywhere on this window, or click the button below. Nothing is ever deleted: copies go to the trash, and you can undo.</source>
        <translation>Photo Dedup encuentra copias redimensionadas, guardadas de nuevo, convertidas o ligeramente editadas de sus fotos. Suelte una carpeta en cualquier parte de esta ventana o pulse el botón de abajo. Nunca se borra nada: las copias van a la papelera y puede deshacerlo.</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>Añada una carpeta para empezar</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>%n foto leída antes de detener el análisis, sin duplicados por ahora. Vuelva a analizar para leer el resto: lo ya leído se conserva.</numerusform>
            <numerusform>%n fotos leídas antes de detener el análisis, sin duplicados por ahora. Vuelva a analizar para leer el resto: lo ya leído se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation>Análisis detenido</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>Volver a analizar</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>%n foto revisada. Mueva el control de similitud hacia «Flexible» para encontrar más.</numerusform>
            <numerusform>%n fotos revisadas. Mueva el control de similitud hacia «Flexible» para encontrar más.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>No se encontraron duplicados</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n carpeta seleccionada. Marque «Referencia» en las carpetas cuyas fotos deben quedarse.</numerusform>
            <numerusform>%n carpetas seleccionadas. Marque «Referencia» en las carpetas cuyas fotos deben quedarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Listo para analizar</translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation>Analizar ahora</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>A&amp;nalizar</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>De&amp;tener análisis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo Last Clean-up…</source>
        <translation>&amp;Deshacer la última limpieza…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Clean-up &amp;History…</source>
        <translation>&amp;Historial de limpiezas…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates…</source>
        <translation>&amp;No duplicados…</translation>
    </message>
    <message>
        <source>Trash &amp;Lower-Resolution Copies…</source>
        <translation>Enviar a la papelera las copias de menor &amp;resolución…</translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation>Desechar copias menores</translation>
    </message>
    <message>
        <source>&amp;Mark Lower-Resolution Copies</source>
        <translation>&amp;Marcar copias de menor resolución</translation>
    </message>
    <message>
        <source>Move &amp;Marked to Trash…</source>
        <translation>Enviar las &amp;marcadas a la papelera…</translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation>Desechar marcadas</translation>
    </message>
    <message>
        <source>Move Marked to &amp;Folder…</source>
        <translation>Mover las marcadas a una &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Clear All Marks</source>
        <translation>&amp;Quitar todas las marcas</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparar en paralelo</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>&amp;Next Group</source>
        <translation>Grupo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Group</source>
        <translation>Grupo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Photo</source>
        <translation>&amp;Foto siguiente</translation>
    </message>
    <message>
        <source>Previous P&amp;hoto</source>
        <translation>F&amp;oto anterior</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>C&amp;onservar esta foto</translation>
    </message>
    <message>
        <source>&amp;Toggle Trash Mark</source>
        <translation>Alternar marca de &amp;papelera</translation>
    </message>
    <message>
        <source>Show P&amp;roblems</source>
        <translation>Mostrar p&amp;roblemas</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>Miniaturas más &amp;grandes</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>Miniaturas más &amp;pequeñas</translation>
    </message>
    <message>
        <source>&amp;Fit Thumbnails to Window</source>
        <translation>A&amp;justar miniaturas a la ventana</translation>
    </message>
    <message>
        <source>&amp;Find Groups…</source>
        <translation>&amp;Buscar grupos…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Photo Dedup</source>
        <translation>&amp;Acerca de Photo Dedup</translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation>Carpetas &amp;recientes</translation>
    </message>
    <message>
        <source>Mark, in every group, each copy with fewer pixels than its keeper, then confirm</source>
        <translation>Marcar, en cada grupo, cada copia con menos píxeles que la foto conservada y después confirmar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Export Groups as CSV</source>
        <translation>Exportar grupos como CSV</translation>
    </message>
    <message>
        <source>Export Groups as JSON</source>
        <translation>Exportar grupos como JSON</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
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
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>RAW+JPEG shot, also: {names}</source>
        <translation>Toma RAW+JPEG, también: {names}</translation>
    </message>
    <message>
        <source>Live Photo, also: {names}</source>
        <translation>Live Photo, también: {names}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Con: {names}</translation>
    </message>
    <message>
        <source>Moved to the trash with this photo and restored with it by Undo (a sidecar that also describes a file that stays, stays):</source>
        <translation>Van a la papelera con esta foto y vuelven con ella al deshacer (un archivo complementario que también describe un archivo que se conserva, se queda):</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>CONSERVAR</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>PAPELERA</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>TOMA</translation>
    </message>
    <message>
        <source>Suggested keeper: {reason}</source>
        <translation>Se sugiere conservar: {reason}</translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation>En una carpeta de referencia: nunca va a la papelera</translation>
    </message>
    <message>
        <source>Not moved to the trash. {reason}</source>
        <translation>No se envió a la papelera. {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <source>Damaged (truncated)</source>
        <translation>Dañado (truncado)</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>No es una imagen legible</translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation>Formato no compatible</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Desaparecido</translation>
    </message>
    <message>
        <source>Changed while reading</source>
        <translation>Cambió durante la lectura</translation>
    </message>
    <message>
        <source>Crashed the decoder</source>
        <translation>Bloqueó el decodificador</translation>
    </message>
    <message>
        <source>Took too long to decode</source>
        <translation>Tardó demasiado en decodificarse</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>No es un archivo normal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>Leyendo fotos…</translation>
    </message>
    <message>
        <source>Grouping look-alikes…</source>
        <translation>Agrupando parecidas…</translation>
    </message>
    <message>
        <source>Moving to trash…</source>
        <translation>Enviando a la papelera…</translation>
    </message>
    <message>
        <source>Restoring from trash…</source>
        <translation>Restaurando desde la papelera…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{done} files</source>
        <translation>{done} archivos</translation>
    </message>
    <message>
        <source>{done} files · {rate:.0f}/s</source>
        <translation>{done} archivos · {rate:.0f}/s</translation>
    </message>
    <message>
        <source>{rate:.0f} files/s · about {left} left</source>
        <translation>{rate:.0f} archivos/s · quedan unos {left}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>SelectMenu</name>
    <message>
        <source>Mark &amp;All but the Keeper</source>
        <translation>Marcar &amp;todas menos la conservada</translation>
    </message>
    <message>
        <source>Mark &amp;Smaller Files</source>
        <translation>Marcar archivos más &amp;pequeños</translation>
    </message>
    <message>
        <source>Mark &amp;Older Files</source>
        <translation>Marcar archivos más &amp;antiguos</translation>
    </message>
    <message>
        <source>Mark &amp;Names Like “(1)” or “copy”</source>
        <translation>Marcar &amp;nombres como «(1)» o «copia»</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <source>Mark Everything in a &amp;Folder…</source>
        <translation>Marcar todo en una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Only in the Selected &amp;Group</source>
        <translation>Solo en el &amp;grupo seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked</source>
        <translation>
            <numerusform>%n foto marcada</numerusform>
            <numerusform>%n fotos marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to mark: keepers, reference photos and similar shots are skipped</source>
        <translation>Nada que marcar: se omiten las fotos conservadas, las de referencia y las tomas similares</translation>
    </message>
    <message numerus="yes">
        <source>{folder} (%n copy(s))</source>
        <translation>
            <numerusform>{folder} (%n copia)</numerusform>
            <numerusform>{folder} (%n copias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything in a Folder</source>
        <translation>Marcar todo en una carpeta</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Perceptual hash (pHash, 64 bit)</source>
        <translation>Hash perceptual (pHash, 64 bits)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Files smaller than this are skipped (icons, thumbnails)</source>
        <translation>Se omiten los archivos más pequeños (iconos, miniaturas)</translation>
    </message>
    <message>
        <source>One pattern per line, e.g.
*/cache/*
*.gif</source>
        <translation>Un patrón por línea, p. ej.
*/cache/*
*.gif</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>Minimum file size:</source>
        <translation>Tamaño mínimo de archivo:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Excluir:</translation>
    </message>
    <message>
        <source>Also find mirrored and turned copies</source>
        <translation>Encontrar también copias reflejadas y giradas</translation>
    </message>
    <message>
        <source>Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag</source>
        <translation>Copias volteadas o giradas 90, 180 o 270 grados sin etiqueta de orientación</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copias:</translation>
    </message>
    <message>
        <source>Keep the photo with:</source>
        <translation>Conservar la foto con:</translation>
    </message>
    <message>
        <source>Size and exclusions apply to the next scan; the rest at once.</source>
        <translation>El tamaño y las exclusiones se aplican en el próximo análisis; el resto, al momento.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Larger / smaller thumbnails</source>
        <translation>Miniaturas más grandes / más pequeñas</translation>
    </message>
    <message>
        <source>The current photo&apos;s menu</source>
        <translation>El menú de la foto actual</translation>
    </message>
    <message>
        <source>Between folders, groups, cards and slider</source>
        <translation>Entre carpetas, grupos, tarjetas y control deslizante</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The other photos of the group, on the right</source>
        <translation>Las demás fotos del grupo, a la derecha</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Grupo siguiente</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Grupo anterior</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Intercambiar los dos lados</translation>
    </message>
    <message>
        <source>Fit to the panes</source>
        <translation>Ajustar a los paneles</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Tamaño real (100 %)</translation>
    </message>
    <message>
        <source>Difference view: where the two differ</source>
        <translation>Vista de diferencia: dónde difieren las dos</translation>
    </message>
    <message>
        <source>Blink between the two photos</source>
        <translation>Alternar entre las dos fotos</translation>
    </message>
    <message>
        <source>Zoom both photos</source>
        <translation>Ampliar ambas fotos</translation>
    </message>
    <message>
        <source>Keep the right photo</source>
        <translation>Conservar la foto derecha</translation>
    </message>
    <message>
        <source>Mark / unmark the right photo</source>
        <translation>Marcar / desmarcar la foto derecha</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Volver a las tarjetas</translation>
    </message>
    <message>
        <source>Similarity slider</source>
        <translation>Control de similitud</translation>
    </message>
    <message>
        <source>One step stricter / looser</source>
        <translation>Un paso más estricto / flexible</translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation>Dos pasos</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Scan Again</source>
        <translation>Volver a analizar</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>Resultados desactualizados</translation>
    </message>
    <message>
        <source>The folders changed since this scan: the results may be out of date.</source>
        <translation>Las carpetas han cambiado desde este análisis: puede que los resultados estén desactualizados.</translation>
    </message>
    <message>
        <source>The scan settings changed since this scan: the results may be out of date.</source>
        <translation>La configuración del análisis ha cambiado desde este análisis: puede que los resultados estén desactualizados.</translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>%n archivo restaurado no está en estos resultados: vuelva a analizar para verlo.</numerusform>
            <numerusform>%n archivos restaurados no están en estos resultados: vuelva a analizar para verlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>%n carpeta que analizar</numerusform>
            <numerusform>%n carpetas que analizar</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Aún no hay carpetas</translation>
    </message>
    <message>
        <source>{photos} · {groups}</source>
        <translation>{photos} · {groups}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source> · {marked} ({size})</source>
        <translation> · {marked} ({size})</translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n marcada</numerusform>
            <numerusform>%n marcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problema</numerusform>
            <numerusform>⚠ %n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How different two photos may be and still be grouped (0 = identical; the distance combines the hashes and a thumbnail check).</source>
        <translation>Cuánto pueden diferir dos fotos y seguir agrupadas (0 = idénticas; la distancia combina los hashes y una comprobación de miniaturas).</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Umbral de similitud</translation>
    </message>
    <message>
        <source>Left: stricter; right: looser</source>
        <translation>Izquierda: más estricto; derecha: más flexible</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricto</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Photos up to distance {n} apart are grouped</source>
        <translation>Se agrupan las fotos a una distancia de hasta {n}</translation>
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
        <translation>Cambiado desde el análisis</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>No movido</translation>
    </message>
    <message>
        <source>Could not be moved</source>
        <translation>No se pudo mover</translation>
    </message>
    <message>
        <source>It was moved or deleted after the scan.</source>
        <translation>El archivo se movió o se borró después del análisis.</translation>
    </message>
    <message>
        <source>Its content is not what was scanned.</source>
        <translation>Su contenido ya no es el que se analizó.</translation>
    </message>
    <message>
        <source>It was edited or replaced after the scan.</source>
        <translation>El archivo se editó o se reemplazó después del análisis.</translation>
    </message>
    <message>
        <source>It changed after the scan.</source>
        <translation>El archivo cambió después del análisis.</translation>
    </message>
    <message>
        <source>It was left in place: scan again to review it.</source>
        <translation>Se dejó donde estaba: vuelva a analizar para revisarlo.</translation>
    </message>
    <message>
        <source>The photo kept from this group changed after the scan, so no copy of it was moved. Scan again to review the group.</source>
        <translation>La foto conservada de este grupo cambió después del análisis, así que no se movió ninguna de sus copias. Vuelva a analizar para revisar el grupo.</translation>
    </message>
    <message>
        <source>Its photo was not moved, so it stays with it.</source>
        <translation>Su foto no se movió, así que se queda con ella.</translation>
    </message>
    <message>
        <source>The clean-up was stopped before this file.</source>
        <translation>La limpieza se detuvo antes de este archivo.</translation>
    </message>
    <message>
        <source>This drive has no trash folder, so the file was left in place.</source>
        <translation>Esta unidad no tiene papelera, así que el archivo se dejó donde estaba.</translation>
    </message>
    <message>
        <source>You are not allowed to move this file; it was left in place.</source>
        <translation>No tiene permiso para mover este archivo; se dejó donde estaba.</translation>
    </message>
    <message>
        <source>The file was left in place.</source>
        <translation>El archivo se dejó donde estaba.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sidecar of {owners}</source>
        <translation>archivo complementario de {owners}</translation>
    </message>
    <message>
        <source>same shot as {owners}</source>
        <translation>misma toma que {owners}</translation>
    </message>
    <message>
        <source>Live Photo movie of {owners}</source>
        <translation>vídeo Live Photo de {owners}</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>en la papelera</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrumpido: %n archivo movido a {folder} antes de detenerse (listado arriba); &apos;photodedup undo&apos; lo devuelve a su sitio</numerusform>
            <numerusform>interrumpido: %n archivos movidos a {folder} antes de detenerse (listados arriba); &apos;photodedup undo&apos; los devuelve a su sitio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>%n skipped</comment>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>papelera</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrumpido: %n archivo enviado a la papelera antes de detenerse (listado arriba); &apos;photodedup undo&apos; lo devuelve a su sitio</numerusform>
            <numerusform>interrumpido: %n archivos enviados a la papelera antes de detenerse (listados arriba); &apos;photodedup undo&apos; los devuelve a su sitio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trashed</source>
        <comment>%n trashed</comment>
        <translation>
            <numerusform>%n en la papelera</numerusform>
            <numerusform>%n en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>%n moved</comment>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>%n changed</comment>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>%n failed</comment>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>group {id}: keep {keepers}</source>
        <translation>grupo {id}: conservar {keepers}</translation>
    </message>
    <message>
        <source>refused {path}: {reason}</source>
        <translation>rechazado {path}: {reason}</translation>
    </message>
    <message>
        <source>kept sidecar {path}: {reason}</source>
        <translation>archivo complementario conservado {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to the trash.</source>
        <comment>Dry run: would move %n files ({size}) to the trash.</comment>
        <translation>
            <numerusform>Simulación: se enviaría %n archivo ({size}) a la papelera.</numerusform>
            <numerusform>Simulación: se enviarían %n archivos ({size}) a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to {folder}.</source>
        <comment>Dry run: would move %n files ({size}) to {folder}.</comment>
        <translation>
            <numerusform>Simulación: se movería %n archivo ({size}) a {folder}.</numerusform>
            <numerusform>Simulación: se moverían %n archivos ({size}) a {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --yes to do it.</source>
        <translation>Vuelva a ejecutarlo con --yes para hacerlo.</translation>
    </message>
    <message>
        <source>(grouped from fingerprints: scan the files on this machine first)</source>
        <translation>(agrupado a partir de huellas: analice primero los archivos en este equipo)</translation>
    </message>
    <message>
        <source>cannot move there: {error}</source>
        <translation>no se puede mover ahí: {error}</translation>
    </message>
    <message>
        <source>{photos} and {failures} imported; {missing}, {changed}, {skipped}</source>
        <translation>{photos} y {failures} importados; {missing}, {changed}, {skipped}</translation>
    </message>
    <message>
        <source>export or import fingerprints as Parquet</source>
        <translation>exportar o importar huellas como Parquet</translation>
    </message>
    <message>
        <source>write the cached fingerprints to FILE</source>
        <translation>escribir las huellas de la caché en FILE</translation>
    </message>
    <message>
        <source>only photos under these</source>
        <translation>solo las fotos bajo estas carpetas</translation>
    </message>
    <message>
        <source>add the fingerprints of FILEs to the cache</source>
        <translation>añadir a la caché las huellas de los FILE</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable), e.g. /mnt/archive=/Volumes/archive</source>
        <translation>leer las rutas que empiezan por OLD como si empezaran por NEW (repetible), p. ej. /mnt/archive=/Volumes/archive</translation>
    </message>
    <message>
        <source>store each row&apos;s own file identity without looking at the file (default: only files found here with the same size and mtime)</source>
        <translation>guardar la identidad de archivo de cada fila sin mirar el archivo (por defecto: solo los archivos encontrados aquí con el mismo tamaño y mtime)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure</source>
        <comment>%n failures</comment>
        <translation>
            <numerusform>%n fallo</numerusform>
            <numerusform>%n fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found here</source>
        <comment>%n not found here</comment>
        <translation>
            <numerusform>%n no encontrado aquí</numerusform>
            <numerusform>%n no encontrados aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since</source>
        <comment>%n changed since</comment>
        <translation>
            <numerusform>%n cambiado desde entonces</numerusform>
            <numerusform>%n cambiados desde entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Parquet needs pyarrow: pip install &apos;photodedup[cluster]&apos;</source>
        <translation>Parquet necesita pyarrow: pip install &apos;photodedup[cluster]&apos;</translation>
    </message>
    <message>
        <source>{photos} and {failures} written to {file}</source>
        <translation>{photos} y {failures} escritos en {file}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>must be between 0 and {maximum}</source>
        <translation>debe estar entre 0 y {maximum}</translation>
    </message>
    <message>
        <source>largest distance between copies (mean of hash and thumbnail distance), 0-{maximum} (default {default})</source>
        <translation>distancia máxima entre copias (media de la distancia del hash y de la miniatura), 0-{maximum} (por defecto {default})</translation>
    </message>
    <message>
        <source>also scan DIR, but never trash its files (repeatable)</source>
        <translation>analizar también DIR, pero nunca enviar sus archivos a la papelera (repetible)</translation>
    </message>
    <message>
        <source>skip matching paths</source>
        <translation>omitir las rutas que coincidan</translation>
    </message>
    <message>
        <source>skip smaller files</source>
        <translation>omitir los archivos más pequeños</translation>
    </message>
    <message>
        <source>decoder processes (0: per core)</source>
        <translation>procesos decodificadores (0: uno por núcleo)</translation>
    </message>
    <message>
        <source>neither read nor write the cache</source>
        <translation>no leer ni escribir la caché</translation>
    </message>
    <message>
        <source>also find mirrored and 90/180/270-degree turned copies (no EXIF tag)</source>
        <translation>encontrar también copias reflejadas y giradas 90/180/270 grados (sin etiqueta EXIF)</translation>
    </message>
    <message>
        <source>--map wants OLD=NEW, not {item}</source>
        <translation>--map espera OLD=NEW, no {item}</translation>
    </message>
    <message>
        <source>Find near-duplicate photos and clean them up safely.</source>
        <translation>Encontrar fotos casi duplicadas y limpiarlas con seguridad.</translation>
    </message>
    <message>
        <source>find groups of near-duplicate photos</source>
        <translation>encontrar grupos de fotos casi duplicadas</translation>
    </message>
    <message>
        <source>write the result as JSON (&apos;-&apos;: stdout)</source>
        <translation>escribir el resultado como JSON (&apos;-&apos;: salida estándar)</translation>
    </message>
    <message>
        <source>write one row per group member</source>
        <translation>escribir una fila por miembro de grupo</translation>
    </message>
    <message>
        <source>suggest &apos;trash&apos; for every copy with fewer pixels than its keeper (default: only byte-identical copies)</source>
        <translation>proponer &apos;trash&apos; para cada copia con menos píxeles que la foto conservada (por defecto: solo copias idénticas byte a byte)</translation>
    </message>
    <message>
        <source>decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] (needs photodedup[cluster]; files at the same paths on every worker)</source>
        <translation>decodificar en un clúster Dask: una dirección de planificador (tcp://HOST:8786) o local[:N] (necesita photodedup[cluster]; archivos en las mismas rutas en cada worker)</translation>
    </message>
    <message>
        <source>trash the members marked &apos;trash&apos; in a scan result</source>
        <translation>enviar a la papelera los miembros marcados &apos;trash&apos; en un resultado de análisis</translation>
    </message>
    <message>
        <source>really do it (default: dry run)</source>
        <translation>hacerlo de verdad (por defecto: simulación)</translation>
    </message>
    <message>
        <source>move the files into DIR (same drive) instead of the trash; undo brings them back</source>
        <translation>mover los archivos a DIR (misma unidad) en lugar de a la papelera; undo los devuelve</translation>
    </message>
    <message>
        <source>list library photos that are near-duplicates of IMAGE</source>
        <translation>listar las fotos de la biblioteca casi duplicadas de IMAGE</translation>
    </message>
    <message>
        <source>scan these first</source>
        <translation>analizar primero estas carpetas</translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation>mostrar las coincidencias como JSON</translation>
    </message>
    <message>
        <source>restore the files of the last clean-up from the trash</source>
        <translation>restaurar desde la papelera los archivos de la última limpieza</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message numerus="yes">
        <source>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</source>
        <comment>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</comment>
        <translation>
            <numerusform>%n foto de la caché cambió o desapareció desde que se leyó y no se busca; indique carpetas ROOT para analizarla de nuevo</numerusform>
            <numerusform>%n fotos de la caché cambiaron o desaparecieron desde que se leyeron y no se buscan; indique carpetas ROOT para analizarlas de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file or folder: {path}</source>
        <translation>no existe el archivo o la carpeta: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>no se puede leer {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicate of {path} among %n photo.</source>
        <comment>No near-duplicate of {path} among %n photos.</comment>
        <translation>
            <numerusform>Ningún casi duplicado de {path} entre %n foto.</numerusform>
            <numerusform>Ningún casi duplicado de {path} entre %n fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>grouped from fingerprints alone: pairs a scan checks on the pictures were decided by the fingerprints (pixels not checked)</source>
        <translation>agrupado solo a partir de huellas: los pares que un análisis comprueba en las imágenes se decidieron por las huellas (píxeles no comprobados)</translation>
    </message>
    <message>
        <source>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</source>
        <translation>{fingerprints}: {photos} en {groups}, {errors}; {here}; {note}</translation>
    </message>
    <message>
        <source>group the fingerprints of Parquet files (no access to the photos needed)</source>
        <translation>agrupar las huellas de archivos Parquet (sin necesidad de acceder a las fotos)</translation>
    </message>
    <message>
        <source>also find mirrored and turned copies</source>
        <translation>encontrar también copias reflejadas y giradas</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable)</source>
        <translation>leer las rutas que empiezan por OLD como si empezaran por NEW (repetible)</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint</source>
        <comment>%n fingerprints</comment>
        <translation>
            <numerusform>%n huella</numerusform>
            <numerusform>%n huellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <comment>%n groups</comment>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{here} of the %n grouped file found here unchanged</source>
        <comment>{here} of the %n grouped files found here unchanged</comment>
        <translation>
            <numerusform>{here} de %n archivo agrupado encontrado aquí sin cambios</numerusform>
            <numerusform>{here} de los %n archivos agrupados encontrados aquí sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the fingerprints: {error}</source>
        <translation>no se pueden leer las huellas: {error}</translation>
    </message>
    <message>
        <source>list or clear the photos marked &apos;not a duplicate&apos;</source>
        <translation>listar o borrar las fotos marcadas como «no es un duplicado»</translation>
    </message>
    <message>
        <source>show each entry with its id</source>
        <translation>mostrar cada entrada con su id</translation>
    </message>
    <message>
        <source>forget the entries ID... (default: all)</source>
        <translation>olvidar las entradas ID... (por defecto: todas)</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten</source>
        <comment>%n forgotten</comment>
        <translation>
            <numerusform>%n olvidada</numerusform>
            <numerusform>%n olvidadas</numerusform>
        </translation>
    </message>
    <message>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Nothing is marked &apos;not a duplicate&apos;.</source>
        <translation>No hay nada marcado como «no es un duplicado».</translation>
    </message>
    <message>
        <source>no entry {number}</source>
        <translation>no existe la entrada {number}</translation>
    </message>
    <message>
        <source>the list could not be changed: {error}</source>
        <translation>no se pudo cambiar la lista: {error}</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>tomas</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>no compatible</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>permission_denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation>desaparecido</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>inestable</translation>
    </message>
    <message>
        <source>decoder_crashed</source>
        <translation>decodificador bloqueado</translation>
    </message>
    <message>
        <source>decoder_timeout</source>
        <translation>tiempo del decodificador agotado</translation>
    </message>
    <message>
        <source>not_a_regular_file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</source>
        <translation>{files}: {photos} en {groups}, {errors} ({decoded}, {cached}) en {seconds} s</translation>
    </message>
    <message>
        <source>not a folder or a photo file (a FIFO, socket or device)</source>
        <translation>no es una carpeta ni un archivo de foto (un FIFO, socket o dispositivo)</translation>
    </message>
    <message>
        <source>error {kind}: {path}: {message}</source>
        <translation>error {kind}: {path}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <comment>%n files</comment>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoded</source>
        <comment>%n decoded</comment>
        <translation>
            <numerusform>%n decodificada</numerusform>
            <numerusform>%n decodificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <comment>%n from cache</comment>
        <translation>
            <numerusform>%n de la caché</numerusform>
            <numerusform>%n de la caché</numerusform>
        </translation>
    </message>
    <message>
        <source> - cancelled, partial result</source>
        <translation> - cancelado, resultado parcial</translation>
    </message>
    <message>
        <source>group {id} ({kind}, keeper: {reason})</source>
        <translation>grupo {id} ({kind}, conservada: {reason})</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>no existe la carpeta</translation>
    </message>
    <message>
        <source>cannot use {error}</source>
        <translation>no se puede usar: {error}</translation>
    </message>
    <message>
        <source>cannot write the result: {error}</source>
        <translation>no se puede escribir el resultado: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <comment>%n restored</comment>
        <translation>
            <numerusform>%n restaurado</numerusform>
            <numerusform>%n restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}, {not_restored}</source>
        <translation>{restored}, {not_restored}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>restaurado {path}</translation>
    </message>
    <message>
        <source>not restored {path}: {reason}</source>
        <translation>no restaurado {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n not restored</source>
        <comment>%n not restored</comment>
        <translation>
            <numerusform>%n no restaurado</numerusform>
            <numerusform>%n no restaurados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>discover</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>group</source>
        <translation>agrupación</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>papelera</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
</context>
</TS>
