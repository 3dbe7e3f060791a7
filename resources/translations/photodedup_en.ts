<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds near-duplicate photos (resized, re-compressed, converted or rotated copies) and moves the extra copies to the trash, never the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with absolutely no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with these libraries (name, version, licence):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Photo Dedup is already running. Switch to its window: only one copy can run at a time, so two scans never fight over the same cache and trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>{path}
Keeper: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {subtitle}, {kind}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · {size} in copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Left photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom of the larger photo (100 % = actual pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (shortcut: {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: {n} of {total} · ←/→ for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;: black where the photos agree, bright where they differ (D: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blink&lt;/b&gt;: now the left photo (B: stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to the trash?</source>
        <translation>
            <numerusform>Move %n file ({size}) to the trash?</numerusform>
            <numerusform>Move %n files ({size}) to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</source>
        <translation>
            <numerusform>Including %n file that goes with its photo: a sidecar (.xmp, .aae…), the other file of a RAW+JPEG shot or a Live Photo&apos;s movie.</numerusform>
            <numerusform>Including %n files that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) kept: each also describes a photo that stays.</source>
        <translation>
            <numerusform>%n sidecar file kept: it also describes a photo that stays.</numerusform>
            <numerusform>%n sidecar files kept: each also describes a photo that stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>also describes {name}, which stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also describes a file that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also moves: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays: {name} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trashed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves. You can undo with Edit → Undo Last Clean-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>%n marked file will be kept (see details).</numerusform>
            <numerusform>%n marked files will be kept (see details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to {folder}?</source>
        <translation>
            <numerusform>Move %n file ({size}) to {folder}?</numerusform>
            <numerusform>Move %n files ({size}) to {folder}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves; nothing in the folder is overwritten (a taken name gets a number). You can undo with Edit → Undo Last Clean-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Marked Files to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Last Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the last clean-up ({summary}) from the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the files of this clean-up ({summary}) back where they were?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark for Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the &amp;Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is not a copy of the keeper: never group them together again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Keeper in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the Keeper&apos;s Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark All but the Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmark This Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Duplicates (Hide This Group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These photos are not copies of each other: never group them again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>reference folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undamaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera RAW original ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most pixels ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest file ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest file ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest file ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortest path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all criteria equal; first by path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with a file that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with a file that stays ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every copy was selected: nothing in this group is trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same file as a kept or already listed member (hard link or path given twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a trash or photodedup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not under the scanned folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result carries no verifiable content key (format version 1, or from another user or machine): only exact copies are trashed, after a byte comparison with their keeper; scan again to act on this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed by the scan (the result was edited beyond its actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed by the scan (it carries no seal: scan again to act on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this result was grouped from fingerprints alone (photodedup group): no pair was checked on the pictures, and the files may never have been seen on this machine. Each file is re-checked here before it moves (same file, same bytes); one that is not here as the fingerprints recorded it is left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: it is format version 1 and carries no content keys, so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: its seals cannot be checked (written by another user or machine), so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root not usable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list folder: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed since it was listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes is over the {limit} limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}x{height} is over {limit} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}x{height} declared by a {size}-byte file (a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to decode ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable {format} file (no image size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable {format} file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged {format} file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder processes fail to start ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder process did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder process is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder was shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder crashed ({signal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder exited unexpectedly (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding took longer than {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster could not decode it ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster returned no result for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable EXIF, orientation ignored ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged EXIF ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid EXIF orientation {value} ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged metadata ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified ({fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder now leads elsewhere (a symlink was swapped in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its bytes differ from the keeper&apos;s (not an exact copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in place after moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved away, but not found in the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in place after trashing (the trash reported success)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved away, but not found in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same file as the one to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content differs from the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since scan: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeper changed: {path} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be re-read ({kind}: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trashed: the undo journal cannot be written ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not trash: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its photo was not trashed: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not moved: the undo journal cannot be written ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move: {error} [errno {errno}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable trash on this drive ({where}); file left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not trash: {error} [errno {errno}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its photo was not moved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free name in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash entry taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed just before the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pywin32 is needed to move files to the Recycle Bin safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Recycle Bin refused the file (not recyclable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file already exists at the original path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was never trashed (still in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its new path is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trash entry is not the file that was trashed ({changes}); left in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moved file is not the file that was moved ({changes}); left in the folder it was moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the folder it was moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked in the trash ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not restore: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted during the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted before the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files trashed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} file moved on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files moved on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} file trashed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is on another drive: photodedup moves files only within one drive (it never copies a photo and deletes the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free name in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name was taken at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is inside a trash or photodedup&apos;s own folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is inside a reference folder (reference photos are never touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed during the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be used ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder now leads elsewhere (a symlink was swapped in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move into {folder}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a photodedup scan result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has format version {version}; expected one of 1, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;groups&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad group entry: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {id}: unknown kind {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {id}: &apos;members&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {id}: bad member {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of paths (no NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos in a reference folder are compared but never trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drop folders here. Tick Reference for originals to protect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Order found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most alike first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Identical copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alike copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● %n marked for trash</numerusform>
            <numerusform>● %n marked for trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Photos of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in the trash (could not restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in {folder} (could not restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{when} · %n file(s) moved</source>
        <translation>
            <numerusform>{when} · %n file moved</numerusform>
            <numerusform>{when} · %n files moved</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clean-up History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-ups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clean-up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the files of the selected clean-up back where they were</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <source>Not Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos you said are not duplicates are never grouped together again, by the app or the command line, until you forget them here or a file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos that are not duplicates, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing remembered yet: right-click a photo or a group and choose Not a Duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of {count}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} is not a duplicate of {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepRules</name>
    <message>
        <source>Camera RAW original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepRulesEditor</name>
    <message>
        <source>Keeper rules, first decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always first: photos in reference folders, then undamaged ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastReview</name>
    <message>
        <source>Reopening the last review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopened the last review: %n decision(s) restored</source>
        <translation>
            <numerusform>Reopened the last review: %n decision restored</numerusform>
            <numerusform>Reopened the last review: %n decisions restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n dropped because the file changed or vanished</source>
        <translation>
            <numerusform>; %n dropped because the file changed or vanished</numerusform>
            <numerusform>; %n dropped because the file changed or vanished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Group {n} of {total}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←/→ other photo · M mark the right one · K keep it · S swap · D difference · B blink · N/P group · Esc back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar shots: different photos of one scene. Compare them and mark by hand; no bulk action marks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and reference photos cannot be marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>Scan stopped: %n photo read (kept in the cache for next time)</numerusform>
            <numerusform>Scan stopped: %n photos read (kept in the cache for next time)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan finished: {photos}, {groups}, {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong:
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups appear here when the scan ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Dedup finds resized, re-saved, converted and lightly edited copies of your photos. Drop a folder anywhere on this window, or click the button below. Nothing is ever deleted: copies go to the trash, and you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>%n photo read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</numerusform>
            <numerusform>%n photos read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>%n photo checked. Move the similarity slider towards Loose to find more.</numerusform>
            <numerusform>%n photos checked. Move the similarity slider towards Loose to find more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n folder selected. Tick Reference for folders whose photos must stay.</numerusform>
            <numerusform>%n folders selected. Tick Reference for folders whose photos must stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>%n lower-resolution copy marked</numerusform>
            <numerusform>%n lower-resolution copies marked</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move files to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>Moved %n file ({size}) to {folder}.</numerusform>
            <numerusform>Moved %n files ({size}) to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>Moved %n file ({size}) to the trash.</numerusform>
            <numerusform>Moved %n files ({size}) to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n file not moved: see Problems.</numerusform>
            <numerusform>%n files not moved: see Problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>The last clean-up was interrupted. %n file was moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</numerusform>
            <numerusform>The last clean-up was interrupted. %n files were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>Restored {n} of %n file from the trash.</numerusform>
            <numerusform>Restored {n} of %n files from the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Groups as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Groups as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered as not duplicates: they will not be grouped again (Edit → Not Duplicates to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten: those photos can be grouped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are being moved to the trash. Stop after the current file and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Last Clean-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash &amp;Lower-Resolution Copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Lower-Resolution Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Marked to Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Marked to &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear All Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;hoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toggle Trash Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show P&amp;roblems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Thumbnails to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Photo Dedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark, in every group, each copy with fewer pixels than its keeper, then confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAW+JPEG shot, also: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Photo, also: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash with this photo and restored with it by Undo (a sidecar that also describes a file that stays, stays):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested keeper: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved to the trash. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed the decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took too long to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping look-alikes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} files · {rate:.0f}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate:.0f} files/s · about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectMenu</name>
    <message>
        <source>Mark &amp;All but the Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Smaller Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Older Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Names Like “(1)” or “copy”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Everything in a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the Selected &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked</source>
        <translation>
            <numerusform>%n photo marked</numerusform>
            <numerusform>%n photos marked</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to mark: keepers, reference photos and similar shots are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{folder} (%n copy(s))</source>
        <translation>
            <numerusform>{folder} (%n copy)</numerusform>
            <numerusform>{folder} (%n copies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything in a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptual hash (pHash, 64 bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files smaller than this are skipped (icons, thumbnails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pattern per line, e.g.
*/cache/*
*.gif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum file size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also find mirrored and turned copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the photo with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and exclusions apply to the next scan; the rest at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger / smaller thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current photo&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between folders, groups, cards and slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other photos of the group, on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference view: where the two differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blink between the two photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom both photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the right photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark / unmark the right photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step stricter / looser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Scan Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders changed since this scan: the results may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan settings changed since this scan: the results may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>%n restored file is not in these results: scan again to see them.</numerusform>
            <numerusform>%n restored files are not in these results: scan again to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>%n folder to scan</numerusform>
            <numerusform>%n folders to scan</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} · {groups}</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source> · {marked} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n marked</numerusform>
            <numerusform>%n marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How different two photos may be and still be grouped (0 = identical; the distance combines the hashes and a thumbnail check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: stricter; right: looser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos up to distance {n} apart are grouped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{number} MP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Changed since the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was moved or deleted after the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content is not what was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was edited or replaced after the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It changed after the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left in place: scan again to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo kept from this group changed after the scan, so no copy of it was moved. Scan again to review the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its photo was not moved, so it stays with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clean-up was stopped before this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drive has no trash folder, so the file was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to move this file; it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sidecar of {owners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same shot as {owners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Photo movie of {owners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</numerusform>
            <numerusform>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>%n skipped</comment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</numerusform>
            <numerusform>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trashed</source>
        <comment>%n trashed</comment>
        <translation>
            <numerusform>%n trashed</numerusform>
            <numerusform>%n trashed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>%n moved</comment>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>%n changed</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>%n failed</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>group {id}: keep {keepers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept sidecar {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to the trash.</source>
        <comment>Dry run: would move %n files ({size}) to the trash.</comment>
        <translation>
            <numerusform>Dry run: would move %n file ({size}) to the trash.</numerusform>
            <numerusform>Dry run: would move %n files ({size}) to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to {folder}.</source>
        <comment>Dry run: would move %n files ({size}) to {folder}.</comment>
        <translation>
            <numerusform>Dry run: would move %n file ({size}) to {folder}.</numerusform>
            <numerusform>Dry run: would move %n files ({size}) to {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(grouped from fingerprints: scan the files on this machine first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move there: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} and {failures} imported; {missing}, {changed}, {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import fingerprints as Parquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the cached fingerprints to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only photos under these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the fingerprints of FILEs to the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable), e.g. /mnt/archive=/Volumes/archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store each row&apos;s own file identity without looking at the file (default: only files found here with the same size and mtime)</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found here</source>
        <comment>%n not found here</comment>
        <translation>
            <numerusform>%n not found here</numerusform>
            <numerusform>%n not found here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since</source>
        <comment>%n changed since</comment>
        <translation>
            <numerusform>%n changed since</numerusform>
            <numerusform>%n changed since</numerusform>
        </translation>
    </message>
    <message>
        <source>Parquet needs pyarrow: pip install &apos;photodedup[cluster]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} and {failures} written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest distance between copies (mean of hash and thumbnail distance), 0-{maximum} (default {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also scan DIR, but never trash its files (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip matching paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder processes (0: per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither read nor write the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also find mirrored and 90/180/270-degree turned copies (no EXIF tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map wants OLD=NEW, not {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find near-duplicate photos and clean them up safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find groups of near-duplicate photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the result as JSON (&apos;-&apos;: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one row per group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest &apos;trash&apos; for every copy with fewer pixels than its keeper (default: only byte-identical copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] (needs photodedup[cluster]; files at the same paths on every worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash the members marked &apos;trash&apos; in a scan result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>really do it (default: dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the files into DIR (same drive) instead of the trash; undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list library photos that are near-duplicates of IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the files of the last clean-up from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</source>
        <comment>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</comment>
        <translation>
            <numerusform>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</numerusform>
            <numerusform>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file or folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicate of {path} among %n photo.</source>
        <comment>No near-duplicate of {path} among %n photos.</comment>
        <translation>
            <numerusform>No near-duplicate of {path} among %n photo.</numerusform>
            <numerusform>No near-duplicate of {path} among %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>grouped from fingerprints alone: pairs a scan checks on the pictures were decided by the fingerprints (pixels not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group the fingerprints of Parquet files (no access to the photos needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also find mirrored and turned copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint</source>
        <comment>%n fingerprints</comment>
        <translation>
            <numerusform>%n fingerprint</numerusform>
            <numerusform>%n fingerprints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <comment>%n groups</comment>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{here} of the %n grouped file found here unchanged</source>
        <comment>{here} of the %n grouped files found here unchanged</comment>
        <translation>
            <numerusform>{here} of the %n grouped file found here unchanged</numerusform>
            <numerusform>{here} of the %n grouped files found here unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the fingerprints: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or clear the photos marked &apos;not a duplicate&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show each entry with its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the entries ID... (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten</source>
        <comment>%n forgotten</comment>
        <translation>
            <numerusform>%n forgotten</numerusform>
            <numerusform>%n forgotten</numerusform>
        </translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked &apos;not a duplicate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list could not be changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too_large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission_denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder_crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder_timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not_a_regular_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder or a photo file (a FIFO, socket or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error {kind}: {path}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <comment>%n files</comment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoded</source>
        <comment>%n decoded</comment>
        <translation>
            <numerusform>%n decoded</numerusform>
            <numerusform>%n decoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <comment>%n from cache</comment>
        <translation>
            <numerusform>%n from cache</numerusform>
            <numerusform>%n from cache</numerusform>
        </translation>
    </message>
    <message>
        <source> - cancelled, partial result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {id} ({kind}, keeper: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the result: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <comment>%n restored</comment>
        <translation>
            <numerusform>%n restored</numerusform>
            <numerusform>%n restored</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}, {not_restored}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restored {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not restored</source>
        <comment>%n not restored</comment>
        <translation>
            <numerusform>%n not restored</numerusform>
            <numerusform>%n not restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
