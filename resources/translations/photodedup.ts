<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
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
        <source>Keeper: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos · {size} in copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
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
        <source>Keep right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message>
        <source>Move {count} files ({size}) to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{n} marked files will be kept (see details).</source>
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
    <name>GroupList</name>
    <message>
        <source>● {n} marked for trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● identical copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● look-alikes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Cannot show this image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
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
        <source>not trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan stopped: {n} photos read (kept in the cache for next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished: {photos} photos, {groups} groups, {errors} problems</source>
        <translation type="unfinished"></translation>
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
        <source>No duplicates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos checked. Move the similarity slider towards Loose to find more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lower-resolution copies marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {n} files ({size}) to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were not moved: see Problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {n} of {total} files from the trash.</source>
        <translation type="unfinished"></translation>
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
        <source>identical copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-alikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {n} of {total}: {count} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
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
        <source>Trash &amp;Lower-Resolution Copies…</source>
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
        <source>&amp;Clear All Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
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
        <source>&amp;About Photo Dedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
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
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
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
        <source>Suggested keeper: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trashed: {reason}</source>
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
        <source>Algorithm:</source>
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
        <source>Changes apply to the next scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} folders to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} photos · {groups} groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {n} marked ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How different two photos may be and still be grouped (bits of the hash).</source>
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
        <source>Photos up to {n} bits apart are grouped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
