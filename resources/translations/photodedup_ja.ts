<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>{name} について</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>Finds near-duplicate photos (resized, re-compressed, converted or rotated copies) and moves the extra copies to the trash, never the last one.</source>
        <translation>ほぼ重複した写真（リサイズ、再圧縮、形式変換、回転されたコピー）を見つけ、余分なコピーをゴミ箱に移動します。最後の 1 枚は決して移動しません。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with absolutely no warranty.</source>
        <translation>GNU 一般公衆利用許諾書 バージョン 3 以降（{spdx}）に基づくフリーソフトウェアです。一切の保証はありません。</translation>
    </message>
    <message>
        <source>Built with these libraries (name, version, licence):</source>
        <translation>使用しているライブラリ（名前、バージョン、ライセンス）:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Photo Dedup is already running. Switch to its window: only one copy can run at a time, so two scans never fight over the same cache and trash.</source>
        <translation>Photo Dedup はすでに起動しています。そのウィンドウに切り替えてください。同じキャッシュとゴミ箱を 2 つのスキャンが奪い合わないよう、同時に起動できるのは 1 つだけです。</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>{path}
Keeper: {reason}</source>
        <translation>{path}
残す写真: {reason}</translation>
    </message>
    <message>
        <source>{name}: {subtitle}, {kind}</source>
        <translation>{name}: {subtitle}、{kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>写真 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · {size} in other shots</source>
        <translation>{count} · 別ショット {size}</translation>
    </message>
    <message>
        <source>{count} · {size} in copies</source>
        <translation>{count} · コピー {size}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Left photo</source>
        <translation>左の写真</translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation>右の写真</translation>
    </message>
    <message>
        <source>Zoom of the larger photo (100 % = actual pixels)</source>
        <translation>大きい方の写真の倍率（100% = 実際のピクセル）</translation>
    </message>
    <message>
        <source>Compare tools</source>
        <translation>比較ツール</translation>
    </message>
    <message>
        <source>← Back to group</source>
        <translation>← グループに戻る</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>前のグループ</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>次のグループ</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>点滅</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>右を残す</translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation>右をマーク</translation>
    </message>
    <message>
        <source>{text} (shortcut: {key})</source>
        <translation>{text}（ショートカット: {key}）</translation>
    </message>
    <message>
        <source>Right: {n} of {total} · ←/→ for the others</source>
        <translation>右: {n} / {total} · ←/→ で他の写真</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;: black where the photos agree, bright where they differ (D: back)</source>
        <translation>&lt;b&gt;差分&lt;/b&gt;: 一致する部分は黒、異なる部分は明るく表示（D: 戻る）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blink&lt;/b&gt;: now the left photo (B: stop)</source>
        <translation>&lt;b&gt;点滅&lt;/b&gt;: 現在は左の写真（B: 停止）</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>倍率 {percent}%</translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to the trash?</source>
        <translation>
            <numerusform>%n 個のファイル（{size}）をゴミ箱に移動しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</source>
        <translation>
            <numerusform>写真に付随するファイル %n 個も含みます：サイドカー（.xmp、.aae…）、RAW+JPEG 撮影のもう一方のファイル、Live Photo の動画。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) kept: each also describes a photo that stays.</source>
        <translation>
            <numerusform>サイドカーファイル %n 個は残します。それぞれ、残る写真の情報も含んでいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>also describes {name}, which stays</source>
        <translation>残る {name} の情報も含む</translation>
    </message>
    <message>
        <source>also describes a file that stays</source>
        <translation>残る別のファイルの情報も含む</translation>
    </message>
    <message>
        <source>also moves: {name}</source>
        <translation>一緒に移動: {name}</translation>
    </message>
    <message>
        <source>stays: {name} ({reason})</source>
        <translation>残す: {name}（{reason}）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trashed:</source>
        <translation>ゴミ箱に移動しないもの:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves. You can undo with Edit → Undo Last Clean-up.</source>
        <translation>残す写真と参照フォルダー内の写真には一切手を付けません。各ファイルは移動の直前に再確認されます。[編集] → [前回の整理を元に戻す] で元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>マークされた %n 個のファイルは残されます（詳細を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>フォルダーに移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to {folder}?</source>
        <translation>
            <numerusform>%n 個のファイル（{size}）を {folder} に移動しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves; nothing in the folder is overwritten (a taken name gets a number). You can undo with Edit → Undo Last Clean-up.</source>
        <translation>残す写真と参照フォルダー内の写真には一切手を付けません。各ファイルは移動の直前に再確認されます。フォルダー内のファイルは上書きされません（同じ名前がある場合は番号が付きます）。[編集] → [前回の整理を元に戻す] で元に戻せます。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Move Marked Files to Folder</source>
        <translation>マークしたファイルをフォルダーに移動</translation>
    </message>
    <message>
        <source>Undo Last Clean-up</source>
        <translation>前回の整理を元に戻す</translation>
    </message>
    <message>
        <source>Restore the last clean-up ({summary}) from the trash?</source>
        <translation>前回の整理（{summary}）をゴミ箱から復元しますか？</translation>
    </message>
    <message>
        <source>Undo Clean-up</source>
        <translation>整理を元に戻す</translation>
    </message>
    <message>
        <source>Put the files of this clean-up ({summary}) back where they were?</source>
        <translation>この整理（{summary}）のファイルを元の場所に戻しますか？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>この写真を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>マークを外す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mark for Trash</source>
        <translation>ゴミ箱行きにマーク(&amp;M)</translation>
    </message>
    <message>
        <source>Compare with the &amp;Keeper</source>
        <translation>残す写真と比較(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>重複ではない(&amp;N)</translation>
    </message>
    <message>
        <source>This photo is not a copy of the keeper: never group them together again</source>
        <translation>この写真は残す写真のコピーではありません: 今後同じグループにしません</translation>
    </message>
    <message>
        <source>&amp;Open the Keeper</source>
        <translation>残す写真を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the Keeper in &amp;Folder</source>
        <translation>残す写真をフォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy the Keeper&apos;s Path</source>
        <translation>残す写真のパスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark All but the Keeper</source>
        <translation>残す写真以外をすべてマーク(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unmark This Group</source>
        <translation>このグループのマークを外す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates (Hide This Group)</source>
        <translation>重複ではない（このグループを非表示）(&amp;N)</translation>
    </message>
    <message>
        <source>These photos are not copies of each other: never group them again</source>
        <translation>これらの写真は互いのコピーではありません: 今後同じグループにしません</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>reference folder</source>
        <translation>参照フォルダー</translation>
    </message>
    <message>
        <source>undamaged</source>
        <translation>破損なし</translation>
    </message>
    <message>
        <source>camera RAW original ({format})</source>
        <translation>カメラの RAW 原本 ({format})</translation>
    </message>
    <message>
        <source>most pixels ({width}×{height})</source>
        <translation>最大画素数 ({width}×{height})</translation>
    </message>
    <message>
        <source>largest file ({size})</source>
        <translation>最大ファイルサイズ ({size})</translation>
    </message>
    <message>
        <source>oldest file ({day})</source>
        <translation>最も古いファイル ({day})</translation>
    </message>
    <message>
        <source>newest file ({day})</source>
        <translation>最も新しいファイル ({day})</translation>
    </message>
    <message>
        <source>shortest path</source>
        <translation>最短パス</translation>
    </message>
    <message>
        <source>all criteria equal; first by path</source>
        <translation>すべての条件が同じ。パス順で先頭</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>あなたが選択</translation>
    </message>
    <message>
        <source>shared with a file that stays</source>
        <translation>残るファイルと共有</translation>
    </message>
    <message>
        <source>shared with a file that stays ({path})</source>
        <translation>残るファイルと共有 ({path})</translation>
    </message>
    <message>
        <source>every copy was selected: nothing in this group is trashed</source>
        <translation>すべてのコピーが選択されています: このグループからは何もゴミ箱に移動しません</translation>
    </message>
    <message>
        <source>same file as a kept or already listed member (hard link or path given twice)</source>
        <translation>残す写真または一覧済みの写真と同じファイル (ハードリンク、または同じパスの重複指定)</translation>
    </message>
    <message>
        <source>inside a trash or photodedup folder</source>
        <translation>ゴミ箱または photodedup のフォルダー内</translation>
    </message>
    <message>
        <source>not under the scanned folders</source>
        <translation>スキャンしたフォルダーの外</translation>
    </message>
    <message>
        <source>the result carries no verifiable content key (format version 1, or from another user or machine): only exact copies are trashed, after a byte comparison with their keeper; scan again to act on this one</source>
        <translation>結果に検証できる内容キーがありません (形式バージョン 1、または別のユーザーやコンピューターのもの): 完全なコピーだけを、残す写真とバイト単位で比較してからゴミ箱に移動します。このファイルを処理するには再スキャンしてください</translation>
    </message>
    <message>
        <source>not listed by the scan (the result was edited beyond its actions)</source>
        <translation>スキャン結果にありません (結果が操作以外の部分で編集されています)</translation>
    </message>
    <message>
        <source>not listed by the scan (it carries no seal: scan again to act on it)</source>
        <translation>スキャン結果にありません (封印がありません: 処理するには再スキャンしてください)</translation>
    </message>
    <message>
        <source>note: this result was grouped from fingerprints alone (photodedup group): no pair was checked on the pictures, and the files may never have been seen on this machine. Each file is re-checked here before it moves (same file, same bytes); one that is not here as the fingerprints recorded it is left in place</source>
        <translation>注意: この結果はフィンガープリントのみでグループ化されました (photodedup group): どのペアも画像では確認されておらず、ファイルがこのコンピューターで一度も見られていない可能性があります。各ファイルは移動の前にここで再確認されます (同じファイル、同じバイト)。フィンガープリントの記録どおりにここにないファイルはそのまま残ります</translation>
    </message>
    <message>
        <source>note: it is format version 1 and carries no content keys, so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>注意: 形式バージョン 1 で内容キーがないため、バイトをスキャン結果と照合できません。完全なコピーだけを、残す写真とバイト単位で比較してからゴミ箱に移動します。すべての確認を行うには再スキャンしてください</translation>
    </message>
    <message>
        <source>note: its seals cannot be checked (written by another user or machine), so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>注意: 封印を確認できません (別のユーザーまたはコンピューターが書き出したもの)。そのため、バイトをスキャン結果と照合できません。完全なコピーだけを、残す写真とバイト単位で比較してからゴミ箱に移動します。すべての確認を行うには再スキャンしてください</translation>
    </message>
    <message>
        <source>root not usable: {error}</source>
        <translation>ルートフォルダーを使用できません: {error}</translation>
    </message>
    <message>
        <source>cannot list folder: {error}</source>
        <translation>フォルダーの一覧を取得できません: {error}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空のファイル (0 バイト)</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>{limit} バイトを超えています</translation>
    </message>
    <message>
        <source>the file changed since it was listed</source>
        <translation>一覧取得後にファイルが変更されました</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>読み込み中にファイルが変更されました</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>{size} bytes is over the {limit} limit</source>
        <translation>{size} バイトは上限 {limit} を超えています</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>上限 {limit} バイトを超えています</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>{width}x{height} is over {limit} pixels</source>
        <translation>{width}x{height} は {limit} ピクセルを超えています</translation>
    </message>
    <message>
        <source>{width}x{height} declared by a {size}-byte file (a decompression bomb)</source>
        <translation>{size} バイトのファイルが {width}x{height} を宣言しています (解凍爆弾)</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>{format} ファイルには対応していません</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>読み込める画像ではありません</translation>
    </message>
    <message>
        <source>not enough memory to decode ({error})</source>
        <translation>デコードに必要なメモリが足りません ({error})</translation>
    </message>
    <message>
        <source>not enough memory to decode</source>
        <translation>デコードに必要なメモリが足りません</translation>
    </message>
    <message>
        <source>not a readable {format} file (no image size)</source>
        <translation>読み込める {format} ファイルではありません (画像サイズなし)</translation>
    </message>
    <message>
        <source>not a readable {format} file ({error})</source>
        <translation>読み込める {format} ファイルではありません ({error})</translation>
    </message>
    <message>
        <source>damaged {format} file ({error})</source>
        <translation>破損した {format} ファイル ({error})</translation>
    </message>
    <message>
        <source>decoder processes fail to start ({error})</source>
        <translation>デコーダープロセスが起動しません ({error})</translation>
    </message>
    <message>
        <source>the decoder process did not start</source>
        <translation>デコーダープロセスが起動しませんでした</translation>
    </message>
    <message>
        <source>the decoder process is gone</source>
        <translation>デコーダープロセスが終了しています</translation>
    </message>
    <message>
        <source>the decoder was shut down</source>
        <translation>デコーダーが停止されました</translation>
    </message>
    <message>
        <source>the decoder crashed ({signal})</source>
        <translation>デコーダーがクラッシュしました ({signal})</translation>
    </message>
    <message>
        <source>the decoder ran out of memory</source>
        <translation>デコーダーのメモリが不足しました</translation>
    </message>
    <message>
        <source>the decoder exited unexpectedly (code {code})</source>
        <translation>デコーダーが予期せず終了しました (コード {code})</translation>
    </message>
    <message>
        <source>decoding took longer than {seconds} s</source>
        <translation>デコードに {seconds} 秒以上かかりました</translation>
    </message>
    <message>
        <source>the cluster could not decode it ({error})</source>
        <translation>クラスターでデコードできませんでした ({error})</translation>
    </message>
    <message>
        <source>the cluster returned no result for it</source>
        <translation>クラスターから結果が返りませんでした</translation>
    </message>
    <message>
        <source>unreadable EXIF, orientation ignored ({error})</source>
        <translation>EXIF を読み込めないため向きを無視しました ({error})</translation>
    </message>
    <message>
        <source>damaged EXIF ({error})</source>
        <translation>破損した EXIF ({error})</translation>
    </message>
    <message>
        <source>invalid EXIF orientation {value} ignored</source>
        <translation>無効な EXIF の向き {value} を無視しました</translation>
    </message>
    <message>
        <source>damaged metadata ({error})</source>
        <translation>破損したメタデータ ({error})</translation>
    </message>
    <message>
        <source>no longer a regular file</source>
        <translation>通常のファイルではなくなりました</translation>
    </message>
    <message>
        <source>modified ({fields})</source>
        <translation>変更されています ({fields})</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>フォルダーの参照先が変わっています (シンボリックリンクに置き換えられました)</translation>
    </message>
    <message>
        <source>its bytes differ from the keeper&apos;s (not an exact copy)</source>
        <translation>バイトが残すファイルと異なります (完全なコピーではありません)</translation>
    </message>
    <message>
        <source>still in place after moving</source>
        <translation>移動後も元の場所にあります</translation>
    </message>
    <message>
        <source>moved away, but not found in the destination folder</source>
        <translation>移動されましたが、移動先のフォルダーに見つかりません</translation>
    </message>
    <message>
        <source>still in place after trashing (the trash reported success)</source>
        <translation>ゴミ箱に移動した後も元の場所にあります (ゴミ箱は成功と報告しました)</translation>
    </message>
    <message>
        <source>moved away, but not found in the trash</source>
        <translation>移動されましたが、ゴミ箱に見つかりません</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>cannot be checked ({error})</source>
        <translation>確認できません ({error})</translation>
    </message>
    <message>
        <source>is the same file as the one to trash</source>
        <translation>ゴミ箱に移動するファイルと同じファイルです</translation>
    </message>
    <message>
        <source>content differs from the scan</source>
        <translation>内容がスキャン時と異なります</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>changed since scan: {problem}</source>
        <translation>スキャン後に変更: {problem}</translation>
    </message>
    <message>
        <source>keeper changed: {path} {problem}</source>
        <translation>残すファイルが変更されました: {path} {problem}</translation>
    </message>
    <message>
        <source>cannot be re-read ({kind}: {error})</source>
        <translation>再読み込みできません ({kind}: {error})</translation>
    </message>
    <message>
        <source>not trashed: the undo journal cannot be written ({error})</source>
        <translation>ゴミ箱に移動していません: 元に戻すための記録を書き込めません ({error})</translation>
    </message>
    <message>
        <source>could not move: {error}</source>
        <translation>移動できませんでした: {error}</translation>
    </message>
    <message>
        <source>could not trash: {error}</source>
        <translation>ゴミ箱に移動できませんでした: {error}</translation>
    </message>
    <message>
        <source>its photo was not trashed: {path}</source>
        <translation>対応する写真がゴミ箱に移動されませんでした: {path}</translation>
    </message>
    <message>
        <source>not moved: the undo journal cannot be written ({error})</source>
        <translation>移動していません: 元に戻すための記録を書き込めません ({error})</translation>
    </message>
    <message>
        <source>could not move: {error} [errno {errno}]</source>
        <translation>移動できませんでした: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>no usable trash on this drive ({where}); file left in place</source>
        <translation>このドライブには使えるゴミ箱がありません ({where})。ファイルは元の場所に残しました</translation>
    </message>
    <message>
        <source>could not trash: {error} [errno {errno}]</source>
        <translation>ゴミ箱に移動できませんでした: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>its photo was not moved: {path}</source>
        <translation>対応する写真が移動されませんでした: {path}</translation>
    </message>
    <message>
        <source>no free name in the trash</source>
        <translation>ゴミ箱に空いている名前がありません</translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation>アクセスが拒否されました: {path}</translation>
    </message>
    <message>
        <source>trash entry taken</source>
        <translation>ゴミ箱のエントリーは使用済みです</translation>
    </message>
    <message>
        <source>the file changed just before the move</source>
        <translation>移動の直前にファイルが変更されました</translation>
    </message>
    <message>
        <source>pywin32 is needed to move files to the Recycle Bin safely</source>
        <translation>ファイルを安全にゴミ箱に移動するには pywin32 が必要です</translation>
    </message>
    <message>
        <source>the Recycle Bin refused the file (not recyclable)</source>
        <translation>ゴミ箱がファイルを受け付けませんでした (リサイクルできません)</translation>
    </message>
    <message>
        <source>a file already exists at the original path</source>
        <translation>元のパスにすでにファイルがあります</translation>
    </message>
    <message>
        <source>no longer in the trash</source>
        <translation>ゴミ箱にもうありません</translation>
    </message>
    <message>
        <source>no longer in the folder</source>
        <translation>フォルダーにもうありません</translation>
    </message>
    <message>
        <source>was never trashed (still in place)</source>
        <translation>ゴミ箱に移動されていません (元の場所にあります)</translation>
    </message>
    <message>
        <source>its new path is not recorded</source>
        <translation>新しいパスが記録されていません</translation>
    </message>
    <message>
        <source>not found in the trash</source>
        <translation>ゴミ箱に見つかりません</translation>
    </message>
    <message>
        <source>the trash entry is not the file that was trashed ({changes}); left in the trash</source>
        <translation>ゴミ箱のエントリーはゴミ箱に移動したファイルではありません ({changes})。ゴミ箱に残しました</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the trash</source>
        <translation>フォルダーの参照先が変わっています ({folder})。ゴミ箱に残しました</translation>
    </message>
    <message>
        <source>the moved file is not the file that was moved ({changes}); left in the folder it was moved to</source>
        <translation>移動先のファイルは移動したファイルではありません ({changes})。移動先のフォルダーに残しました</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the folder it was moved to</source>
        <translation>フォルダーの参照先が変わっています ({folder})。移動先のフォルダーに残しました</translation>
    </message>
    <message>
        <source>cannot be checked in the trash ({error})</source>
        <translation>ゴミ箱内で確認できません ({error})</translation>
    </message>
    <message>
        <source>could not restore: {error}</source>
        <translation>復元できませんでした: {error}</translation>
    </message>
    <message>
        <source>interrupted during the move</source>
        <translation>移動中に中断されました</translation>
    </message>
    <message>
        <source>interrupted before the move</source>
        <translation>移動前に中断されました</translation>
    </message>
    <message>
        <source>{count} files trashed on {when}</source>
        <translation>{when} に {count} 個のファイルをゴミ箱に移動</translation>
    </message>
    <message>
        <source>{count} file moved on {when}</source>
        <translation>{when} に {count} 個のファイルを移動</translation>
    </message>
    <message>
        <source>{count} files moved on {when}</source>
        <translation>{when} に {count} 個のファイルを移動</translation>
    </message>
    <message>
        <source>{count} file trashed on {when}</source>
        <translation>{when} に {count} 個のファイルをゴミ箱に移動</translation>
    </message>
    <message>
        <source>the folder is on another drive: photodedup moves files only within one drive (it never copies a photo and deletes the original)</source>
        <translation>フォルダーが別のドライブにあります: photodedup は同じドライブ内でしかファイルを移動しません (写真をコピーして元を削除することはありません)</translation>
    </message>
    <message>
        <source>no free name in the folder</source>
        <translation>フォルダーに空いている名前がありません</translation>
    </message>
    <message>
        <source>the name was taken at the destination</source>
        <translation>移動先でその名前はすでに使われています</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>the folder is inside a trash or photodedup&apos;s own folders</source>
        <translation>フォルダーがゴミ箱内か photodedup 自身のフォルダー内にあります</translation>
    </message>
    <message>
        <source>the folder is inside a reference folder (reference photos are never touched)</source>
        <translation>フォルダーが参照フォルダー内にあります (参照フォルダーの写真には一切触れません)</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>フォルダーに書き込めません</translation>
    </message>
    <message>
        <source>the file changed during the move</source>
        <translation>移動中にファイルが変更されました</translation>
    </message>
    <message>
        <source>the folder cannot be used ({error})</source>
        <translation>フォルダーを使用できません ({error})</translation>
    </message>
    <message>
        <source>the folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>フォルダーの参照先が変わっています (シンボリックリンクに置き換えられました)</translation>
    </message>
    <message>
        <source>cannot move into {folder}: {problem}</source>
        <translation>{folder} に移動できません: {problem}</translation>
    </message>
    <message>
        <source>{folder}: {problem}</source>
        <translation>フォルダー {folder}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not a photodedup scan result</source>
        <translation>{path} は photodedup のスキャン結果ではありません</translation>
    </message>
    <message>
        <source>{path} has format version {version}; expected one of 1, 2</source>
        <translation>{path} の形式バージョンは {version} です。1 または 2 が必要です</translation>
    </message>
    <message>
        <source>{path}: &apos;groups&apos; must be a list</source>
        <translation>{path}: &apos;groups&apos; はリストである必要があります</translation>
    </message>
    <message>
        <source>bad group entry: {entry}</source>
        <translation>不正なグループ項目: {entry}</translation>
    </message>
    <message>
        <source>group {id}: unknown kind {kind}</source>
        <translation>グループ {id}: 不明な種類 {kind}</translation>
    </message>
    <message>
        <source>group {id}: &apos;members&apos; must be a list</source>
        <translation>グループ {id}: &apos;members&apos; はリストである必要があります</translation>
    </message>
    <message>
        <source>group {id}: bad member {member}</source>
        <translation>グループ {id}: 不正なメンバー {member}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} を読み込めません: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: nested too deeply</source>
        <translation>{path} を読み込めません: 入れ子が深すぎます</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of paths (no NUL bytes)</source>
        <translation>{path}: &apos;{key}&apos; はパスのリストである必要があります (NUL バイトなし)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>スキャンするフォルダー</translation>
    </message>
    <message>
        <source>Photos in a reference folder are compared but never trashed</source>
        <translation>参照フォルダー内の写真は比較されますが、ゴミ箱には移動されません</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Tip: drop folders here. Tick Reference for originals to protect.</source>
        <translation>ヒント: ここにフォルダーをドロップします。守りたいオリジナルには [参照] にチェックを入れます。</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Order found</source>
        <translation>検出順</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>空けられる容量</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>写真の枚数</translation>
    </message>
    <message>
        <source>Most alike first</source>
        <translation>似ている順</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Search names and folders</source>
        <translation>名前とフォルダーを検索</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>グループを検索</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>グループの並べ替え</translation>
    </message>
    <message>
        <source>Only with marks</source>
        <translation>マークありのみ</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Identical copies</source>
        <translation>同一のコピー</translation>
    </message>
    <message>
        <source>Look-alike copies</source>
        <translation>よく似たコピー</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>類似ショット</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● ゴミ箱行き %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重複グループ</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Photos of the selected group</source>
        <translation>選択したグループの写真</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>この画像は表示できません</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>in the trash</source>
        <translation>ゴミ箱内</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>復元済み</translation>
    </message>
    <message>
        <source>still in the trash (could not restore)</source>
        <translation>ゴミ箱内のまま（復元できませんでした）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>未移動</translation>
    </message>
    <message>
        <source>moved to {folder}</source>
        <translation>{folder} に移動済み</translation>
    </message>
    <message>
        <source>still in {folder} (could not restore)</source>
        <translation>{folder} 内のまま（復元できませんでした）</translation>
    </message>
    <message numerus="yes">
        <source>{when} · %n file(s) moved</source>
        <translation>
            <numerusform>{when} · %n 個のファイルを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>取り消し済み</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clean-up History</source>
        <translation>整理の履歴</translation>
    </message>
    <message>
        <source>Clean-up / file</source>
        <translation>整理 / ファイル</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在の状態</translation>
    </message>
    <message>
        <source>Clean-ups, newest first</source>
        <translation>整理（新しい順）</translation>
    </message>
    <message>
        <source>No clean-up yet.</source>
        <translation>まだ整理していません。</translation>
    </message>
    <message>
        <source>&amp;Undo This Clean-up</source>
        <translation>この整理を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Put the files of the selected clean-up back where they were</source>
        <translation>選択した整理のファイルを元の場所に戻します</translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <source>Not Duplicates</source>
        <translation>重複ではない写真</translation>
    </message>
    <message>
        <source>Photos you said are not duplicates are never grouped together again, by the app or the command line, until you forget them here or a file changes.</source>
        <translation>重複ではないと指定した写真は、ここでリストから削除するかファイルが変更されるまで、アプリでもコマンドラインでも同じグループにされません。</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <source>Photos that are not duplicates, newest first</source>
        <translation>重複ではない写真（新しい順）</translation>
    </message>
    <message>
        <source>Nothing remembered yet: right-click a photo or a group and choose Not a Duplicate.</source>
        <translation>まだ何も記録されていません。写真またはグループを右クリックして [重複ではない] を選択してください。</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>選択項目をリストから削除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget &amp;All</source>
        <translation>すべて削除(&amp;A)</translation>
    </message>
    <message>
        <source>Group of {count}: {names}</source>
        <translation>{count} 枚のグループ: {names}</translation>
    </message>
    <message>
        <source>{first} is not a duplicate of {second}</source>
        <translation>{first} は {second} の重複ではありません</translation>
    </message>
</context>
<context>
    <name>KeepRules</name>
    <message>
        <source>Camera RAW original</source>
        <translation>カメラの RAW オリジナル</translation>
    </message>
    <message>
        <source>Most pixels</source>
        <translation>ピクセル数が最大</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>ファイルサイズが最大</translation>
    </message>
    <message>
        <source>Oldest file</source>
        <translation>最も古いファイル</translation>
    </message>
    <message>
        <source>Newest file</source>
        <translation>最も新しいファイル</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>最も短いパス</translation>
    </message>
</context>
<context>
    <name>KeepRulesEditor</name>
    <message>
        <source>Keeper rules, first decides</source>
        <translation>残す写真のルール（上にあるものが優先）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Always first: photos in reference folders, then undamaged ones.</source>
        <translation>常に最優先: 参照フォルダー内の写真、次に破損していない写真。</translation>
    </message>
</context>
<context>
    <name>LastReview</name>
    <message>
        <source>Reopening the last review…</source>
        <translation>前回の確認作業を再開しています…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened the last review: %n decision(s) restored</source>
        <translation>
            <numerusform>前回の確認作業を再開しました: %n 件の判断を復元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n dropped because the file changed or vanished</source>
        <translation>
            <numerusform>、ファイルの変更または消失により %n 件を破棄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>低解像度のコピー %n 枚をマークしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation>ゴミ箱に移動するものはありません。</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>移動するものはありません。</translation>
    </message>
    <message>
        <source>Cannot move files to {folder}: {reason}</source>
        <translation>{folder} にファイルを移動できません: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>%n 個のファイル（{size}）を {folder} に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>%n 個のファイル（{size}）をゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n 個のファイルを移動できませんでした。[問題] を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation>元に戻せる整理はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>%n 個中 {n} 個のファイルをゴミ箱から復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>前回の整理は中断されました。%n 個のファイルはゴミ箱に移動されましたが、完了として記録されていません。[編集] → [前回の整理を元に戻す] で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Remembered as not duplicates: they will not be grouped again (Edit → Not Duplicates to undo).</source>
        <translation>重複ではないと記録しました。今後同じグループにされません（[編集] → [重複ではない写真] で元に戻せます）。</translation>
    </message>
    <message>
        <source>Forgotten: those photos can be grouped again.</source>
        <translation>リストから削除しました。これらの写真は再びグループにまとめられます。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Files are being moved to the trash. Stop after the current file and quit?</source>
        <translation>ファイルをゴミ箱に移動しています。現在のファイルの後で停止して終了しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>写真 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {n} of {total}: {count}</source>
        <translation>グループ {n} / {total}: {count}</translation>
    </message>
    <message>
        <source>←/→ other photo · M mark the right one · K keep it · S swap · D difference · B blink · N/P group · Esc back</source>
        <translation>←/→ 他の写真 · M 右をマーク · K 右を残す · S 入れ替え · D 差分 · B 点滅 · N/P グループ · Esc 戻る</translation>
    </message>
    <message>
        <source>Similar shots: different photos of one scene. Compare them and mark by hand; no bulk action marks them.</source>
        <translation>類似ショット: 同じ場面を写した別々の写真です。比較して手動でマークしてください。一括操作ではマークされません。</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation>←/→ 写真を選択 · Space ゴミ箱行きにマーク · K 残す · Enter 比較 · PgDn 次のグループ</translation>
    </message>
    <message>
        <source>Keepers and reference photos cannot be marked</source>
        <translation>残す写真と参照写真はマークできません</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>別ショット</translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
        <translation>写真のフォルダーを追加</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>スキャンを停止しました: 写真 %n 枚を読み込み済み（次回のためにキャッシュに保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan finished: {photos}, {groups}, {errors}</source>
        <translation>スキャン完了: {photos}、{groups}、{errors}</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n グループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: {text}</source>
        <translation>エラー: {text}</translation>
    </message>
    <message>
        <source>Something went wrong:
{text}</source>
        <translation>問題が発生しました:
{text}</translation>
    </message>
    <message>
        <source>Groups appear here when the scan ends.</source>
        <translation>スキャンが終わるとここにグループが表示されます。</translation>
    </message>
    <message>
        <source>Photo Dedup finds resized, re-saved, converted and lightly edited copies of your photos. Drop a folder anywhere on this window, or click the button below. Nothing is ever deleted: copies go to the trash, and you can undo.</source>
        <translation>Photo Dedup は、リサイズ、再保存、形式変換、軽い編集をされた写真のコピーを見つけます。このウィンドウのどこかにフォルダーをドロップするか、下のボタンをクリックしてください。何も削除はされません。コピーはゴミ箱に移動され、元に戻せます。</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>フォルダーを追加して開始</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>スキャン停止までに写真 %n 枚を読み込みましたが、まだ重複はありません。再スキャンすると残りを読み込みます。読み込み済みの分は保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation>スキャンを停止しました</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>再スキャン</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>写真 %n 枚を確認しました。類似度スライダーを [ゆるい] 側に動かすと、さらに見つかります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>重複は見つかりませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n 個のフォルダーを選択中。写真を残すべきフォルダーには [参照] にチェックを入れてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>スキャンの準備完了</translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation>今すぐスキャン</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>スキャンを停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Clean-up…</source>
        <translation>前回の整理を元に戻す(&amp;U)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Clean-up &amp;History…</source>
        <translation>整理の履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates…</source>
        <translation>重複ではない写真(&amp;N)…</translation>
    </message>
    <message>
        <source>Trash &amp;Lower-Resolution Copies…</source>
        <translation>低解像度のコピーをゴミ箱へ(&amp;L)…</translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation>低解像度のコピーをゴミ箱へ</translation>
    </message>
    <message>
        <source>&amp;Mark Lower-Resolution Copies</source>
        <translation>低解像度のコピーをマーク(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Marked to Trash…</source>
        <translation>マークした写真をゴミ箱へ(&amp;M)…</translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation>マークをゴミ箱へ</translation>
    </message>
    <message>
        <source>Move Marked to &amp;Folder…</source>
        <translation>マークした写真をフォルダーへ移動(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear All Marks</source>
        <translation>すべてのマークを解除(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>並べて比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>&amp;Next Group</source>
        <translation>次のグループ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Group</source>
        <translation>前のグループ(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Photo</source>
        <translation>次の写真(&amp;P)</translation>
    </message>
    <message>
        <source>Previous P&amp;hoto</source>
        <translation>前の写真(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>この写真を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Toggle Trash Mark</source>
        <translation>ゴミ箱行きマークの切り替え(&amp;T)</translation>
    </message>
    <message>
        <source>Show P&amp;roblems</source>
        <translation>問題を表示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>サムネイルを大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>サムネイルを小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fit Thumbnails to Window</source>
        <translation>サムネイルをウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find Groups…</source>
        <translation>グループを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Photo Dedup</source>
        <translation>Photo Dedup について(&amp;A)</translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation>最近使ったフォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>Mark, in every group, each copy with fewer pixels than its keeper, then confirm</source>
        <translation>すべてのグループで、残す写真よりピクセル数の少ないコピーをマークしてから確認します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Export Groups as CSV</source>
        <translation>グループを CSV でエクスポート</translation>
    </message>
    <message>
        <source>Export Groups as JSON</source>
        <translation>グループを JSON でエクスポート</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>保存しました: {path}</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>これを残す</translation>
    </message>
    <message>
        <source>RAW+JPEG shot, also: {names}</source>
        <translation>RAW+JPEG 撮影、ほかに：{names}</translation>
    </message>
    <message>
        <source>Live Photo, also: {names}</source>
        <translation>Live Photo、ほかに：{names}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>付随：{names}</translation>
    </message>
    <message>
        <source>Moved to the trash with this photo and restored with it by Undo (a sidecar that also describes a file that stays, stays):</source>
        <translation>この写真と一緒にゴミ箱へ移動し、元に戻すと一緒に復元されます（残るファイルも説明しているサイドカーは残ります）：</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>SHOT</source>
        <translation>別ショット</translation>
    </message>
    <message>
        <source>Suggested keeper: {reason}</source>
        <translation>残す候補: {reason}</translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation>参照フォルダー内: ゴミ箱には移動されません</translation>
    </message>
    <message>
        <source>Not moved to the trash. {reason}</source>
        <translation>ゴミ箱に移動されませんでした。{reason}</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>Damaged (truncated)</source>
        <translation>破損（途中で切れている）</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>読み取れない画像</translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation>未対応の形式</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>Changed while reading</source>
        <translation>読み込み中に変更された</translation>
    </message>
    <message>
        <source>Crashed the decoder</source>
        <translation>デコーダーがクラッシュ</translation>
    </message>
    <message>
        <source>Took too long to decode</source>
        <translation>デコードに時間がかかりすぎた</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>通常のファイルではない</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>写真を探しています…</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>写真を読み込んでいます…</translation>
    </message>
    <message>
        <source>Grouping look-alikes…</source>
        <translation>似た写真をグループ化しています…</translation>
    </message>
    <message>
        <source>Moving to trash…</source>
        <translation>ゴミ箱に移動しています…</translation>
    </message>
    <message>
        <source>Restoring from trash…</source>
        <translation>ゴミ箱から復元しています…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{done} files</source>
        <translation>{done} ファイル</translation>
    </message>
    <message>
        <source>{done} files · {rate:.0f}/s</source>
        <translation>{done} ファイル · {rate:.0f}/秒</translation>
    </message>
    <message>
        <source>{rate:.0f} files/s · about {left} left</source>
        <translation>{rate:.0f} ファイル/秒 · 残り約 {left}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
</context>
<context>
    <name>SelectMenu</name>
    <message>
        <source>Mark &amp;All but the Keeper</source>
        <translation>残す写真以外をすべてマーク(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;Smaller Files</source>
        <translation>小さいファイルをマーク(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;Older Files</source>
        <translation>古いファイルをマーク(&amp;O)</translation>
    </message>
    <message>
        <source>Mark &amp;Names Like “(1)” or “copy”</source>
        <translation>「(1)」や「copy」を含む名前をマーク(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>選択(&amp;S)</translation>
    </message>
    <message>
        <source>Mark Everything in a &amp;Folder…</source>
        <translation>フォルダー内をすべてマーク(&amp;F)…</translation>
    </message>
    <message>
        <source>Only in the Selected &amp;Group</source>
        <translation>選択したグループのみ(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked</source>
        <translation>
            <numerusform>写真 %n 枚をマークしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to mark: keepers, reference photos and similar shots are skipped</source>
        <translation>マークするものはありません: 残す写真、参照写真、類似ショットは対象外です</translation>
    </message>
    <message numerus="yes">
        <source>{folder} (%n copy(s))</source>
        <translation>
            <numerusform>{folder}（コピー %n 枚）</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything in a Folder</source>
        <translation>フォルダー内をすべてマーク</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Perceptual hash (pHash, 64 bit)</source>
        <translation>知覚ハッシュ（pHash、64 ビット）</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>下限なし</translation>
    </message>
    <message>
        <source>Files smaller than this are skipped (icons, thumbnails)</source>
        <translation>これより小さいファイルはスキップします（アイコン、サムネイル）</translation>
    </message>
    <message>
        <source>One pattern per line, e.g.
*/cache/*
*.gif</source>
        <translation>1 行に 1 パターン。例:
*/cache/*
*.gif</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>Minimum file size:</source>
        <translation>最小ファイルサイズ:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>除外:</translation>
    </message>
    <message>
        <source>Also find mirrored and turned copies</source>
        <translation>反転・回転したコピーも検出</translation>
    </message>
    <message>
        <source>Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag</source>
        <translation>回転タグなしで反転、または 90 度・180 度・270 度回転されたコピー</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>コピー:</translation>
    </message>
    <message>
        <source>Keep the photo with:</source>
        <translation>残す写真の条件:</translation>
    </message>
    <message>
        <source>Size and exclusions apply to the next scan; the rest at once.</source>
        <translation>サイズと除外は次回のスキャンから、その他はすぐに反映されます。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Larger / smaller thumbnails</source>
        <translation>サムネイルを大きく / 小さく</translation>
    </message>
    <message>
        <source>The current photo&apos;s menu</source>
        <translation>現在の写真のメニュー</translation>
    </message>
    <message>
        <source>Between folders, groups, cards and slider</source>
        <translation>フォルダー、グループ、カード、スライダー間の移動</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>The other photos of the group, on the right</source>
        <translation>グループ内の他の写真を右側に表示</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>次のグループ</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>前のグループ</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>左右を入れ替え</translation>
    </message>
    <message>
        <source>Fit to the panes</source>
        <translation>ペインに合わせる</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>実際のサイズ（100%）</translation>
    </message>
    <message>
        <source>Difference view: where the two differ</source>
        <translation>差分表示: 2 枚の異なる部分</translation>
    </message>
    <message>
        <source>Blink between the two photos</source>
        <translation>2 枚の写真を交互に表示</translation>
    </message>
    <message>
        <source>Zoom both photos</source>
        <translation>両方の写真を拡大・縮小</translation>
    </message>
    <message>
        <source>Keep the right photo</source>
        <translation>右の写真を残す</translation>
    </message>
    <message>
        <source>Mark / unmark the right photo</source>
        <translation>右の写真のマークを切り替え</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>カードに戻る</translation>
    </message>
    <message>
        <source>Similarity slider</source>
        <translation>類似度スライダー</translation>
    </message>
    <message>
        <source>One step stricter / looser</source>
        <translation>1 段階厳しく / ゆるく</translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation>2 段階</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>メインウィンドウ</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Scan Again</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>結果が古くなっています</translation>
    </message>
    <message>
        <source>The folders changed since this scan: the results may be out of date.</source>
        <translation>このスキャンの後にフォルダーが変更されました。結果が古くなっている可能性があります。</translation>
    </message>
    <message>
        <source>The scan settings changed since this scan: the results may be out of date.</source>
        <translation>このスキャンの後にスキャン設定が変更されました。結果が古くなっている可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>復元した %n 個のファイルはこの結果に含まれていません。表示するには再スキャンしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>スキャン対象 %n フォルダー</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>フォルダーがまだありません</translation>
    </message>
    <message>
        <source>{photos} · {groups}</source>
        <translation>{photos} · {groups}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>写真 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n グループ</numerusform>
        </translation>
    </message>
    <message>
        <source> · {marked} ({size})</source>
        <translation> · {marked}（{size}）</translation>
    </message>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>マーク %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ 問題 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdSlider</name>
    <message>
        <source>How different two photos may be and still be grouped (0 = identical; the distance combines the hashes and a thumbnail check).</source>
        <translation>2 枚の写真がどの程度異なっていても同じグループにするか（0 = 同一。距離はハッシュとサムネイル比較を組み合わせたものです）。</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>類似度のしきい値</translation>
    </message>
    <message>
        <source>Left: stricter; right: looser</source>
        <translation>左: 厳しく、右: ゆるく</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳しい</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <source>Photos up to distance {n} apart are grouped</source>
        <translation>距離 {n} 以内の写真をグループにします</translation>
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
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Changed since the scan</source>
        <translation>スキャン後に変更</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移動</translation>
    </message>
    <message>
        <source>Could not be moved</source>
        <translation>移動できません</translation>
    </message>
    <message>
        <source>It was moved or deleted after the scan.</source>
        <translation>スキャン後に移動または削除されました。</translation>
    </message>
    <message>
        <source>Its content is not what was scanned.</source>
        <translation>内容がスキャン時と異なります。</translation>
    </message>
    <message>
        <source>It was edited or replaced after the scan.</source>
        <translation>スキャン後に編集または置き換えられました。</translation>
    </message>
    <message>
        <source>It changed after the scan.</source>
        <translation>スキャン後に変更されました。</translation>
    </message>
    <message>
        <source>It was left in place: scan again to review it.</source>
        <translation>元の場所に残しました。再スキャンして確認してください。</translation>
    </message>
    <message>
        <source>The photo kept from this group changed after the scan, so no copy of it was moved. Scan again to review the group.</source>
        <translation>このグループの残す写真がスキャン後に変更されたため、コピーは移動されませんでした。再スキャンしてグループを確認してください。</translation>
    </message>
    <message>
        <source>Its photo was not moved, so it stays with it.</source>
        <translation>対応する写真が移動されなかったため、このファイルも残しました。</translation>
    </message>
    <message>
        <source>The clean-up was stopped before this file.</source>
        <translation>このファイルの前で整理が停止されました。</translation>
    </message>
    <message>
        <source>This drive has no trash folder, so the file was left in place.</source>
        <translation>このドライブにはゴミ箱がないため、ファイルは元の場所に残しました。</translation>
    </message>
    <message>
        <source>You are not allowed to move this file; it was left in place.</source>
        <translation>このファイルを移動する権限がないため、元の場所に残しました。</translation>
    </message>
    <message>
        <source>The file was left in place.</source>
        <translation>ファイルは元の場所に残しました。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョン番号を表示して終了</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択: %(value)r（%(choices)s から選択）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s 値: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が 1 つ必要です</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は 1 つまでです</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション: %(option)s は %(matches)s のどれにも該当します</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>明示的な引数 %r は無視されました</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s とは併用できません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>予期しないオプション: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sidecar of {owners}</source>
        <translation>{owners} のサイドカー</translation>
    </message>
    <message>
        <source>same shot as {owners}</source>
        <translation>{owners} と同じ撮影</translation>
    </message>
    <message>
        <source>Live Photo movie of {owners}</source>
        <translation>{owners} の Live Photo 動画</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移動済み</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>中断しました: 停止までに %n 個のファイルを {folder} に移動しました（上記のとおり）。&apos;photodedup undo&apos; で元に戻せます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>%n skipped</comment>
        <translation>
            <numerusform>スキップ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>中断しました: 停止までに %n 個のファイルをゴミ箱に移動しました（上記のとおり）。&apos;photodedup undo&apos; で元に戻せます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trashed</source>
        <comment>%n trashed</comment>
        <translation>
            <numerusform>ゴミ箱に移動 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>%n moved</comment>
        <translation>
            <numerusform>移動 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>%n changed</comment>
        <translation>
            <numerusform>変更あり %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>%n failed</comment>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>group {id}: keep {keepers}</source>
        <translation>グループ {id}: 残す {keepers}</translation>
    </message>
    <message>
        <source>refused {path}: {reason}</source>
        <translation>拒否 {path}: {reason}</translation>
    </message>
    <message>
        <source>kept sidecar {path}: {reason}</source>
        <translation>サイドカーを残す {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to the trash.</source>
        <comment>Dry run: would move %n files ({size}) to the trash.</comment>
        <translation>
            <numerusform>ドライラン: %n 個のファイル ({size}) をゴミ箱に移動する予定です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to {folder}.</source>
        <comment>Dry run: would move %n files ({size}) to {folder}.</comment>
        <translation>
            <numerusform>ドライラン: %n 個のファイル ({size}) を {folder} に移動する予定です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --yes to do it.</source>
        <translation>実行するには --yes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>(grouped from fingerprints: scan the files on this machine first)</source>
        <translation>（フィンガープリントからグループ化: 先にこのコンピューターでファイルをスキャンしてください）</translation>
    </message>
    <message>
        <source>cannot move there: {error}</source>
        <translation>そこには移動できません: {error}</translation>
    </message>
    <message>
        <source>{photos} and {failures} imported; {missing}, {changed}, {skipped}</source>
        <translation>{photos}と{failures}をインポートしました。{missing}、{changed}、{skipped}</translation>
    </message>
    <message>
        <source>export or import fingerprints as Parquet</source>
        <translation>フィンガープリントを Parquet としてエクスポートまたはインポート</translation>
    </message>
    <message>
        <source>write the cached fingerprints to FILE</source>
        <translation>キャッシュ済みのフィンガープリントを FILE に書き出す</translation>
    </message>
    <message>
        <source>only photos under these</source>
        <translation>これらの下にある写真のみ</translation>
    </message>
    <message>
        <source>add the fingerprints of FILEs to the cache</source>
        <translation>FILE のフィンガープリントをキャッシュに追加</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable), e.g. /mnt/archive=/Volumes/archive</source>
        <translation>OLD で始まるパスを NEW で始まるものとして読む（複数指定可）。例: /mnt/archive=/Volumes/archive</translation>
    </message>
    <message>
        <source>store each row&apos;s own file identity without looking at the file (default: only files found here with the same size and mtime)</source>
        <translation>ファイルを確認せずに各行のファイル識別情報を保存する（既定: ここで見つかり、サイズと mtime が同じファイルのみ）</translation>
    </message>
    <message numerus="yes">
        <source>%n photo</source>
        <comment>%n photos</comment>
        <translation>
            <numerusform>写真 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure</source>
        <comment>%n failures</comment>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found here</source>
        <comment>%n not found here</comment>
        <translation>
            <numerusform>ここに見つからない %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since</source>
        <comment>%n changed since</comment>
        <translation>
            <numerusform>その後変更 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Parquet needs pyarrow: pip install &apos;photodedup[cluster]&apos;</source>
        <translation>Parquet には pyarrow が必要です: pip install &apos;photodedup[cluster]&apos;</translation>
    </message>
    <message>
        <source>{photos} and {failures} written to {file}</source>
        <translation>{photos}と{failures}を {file} に書き出しました</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>must be between 0 and {maximum}</source>
        <translation>0 から {maximum} の間で指定してください</translation>
    </message>
    <message>
        <source>largest distance between copies (mean of hash and thumbnail distance), 0-{maximum} (default {default})</source>
        <translation>コピー間の最大距離（ハッシュ距離とサムネイル距離の平均）、0-{maximum}（既定 {default}）</translation>
    </message>
    <message>
        <source>also scan DIR, but never trash its files (repeatable)</source>
        <translation>DIR もスキャンするが、そのファイルはゴミ箱に移動しない（複数指定可）</translation>
    </message>
    <message>
        <source>skip matching paths</source>
        <translation>一致するパスをスキップ</translation>
    </message>
    <message>
        <source>skip smaller files</source>
        <translation>これより小さいファイルをスキップ</translation>
    </message>
    <message>
        <source>decoder processes (0: per core)</source>
        <translation>デコーダープロセス数（0: コアごと）</translation>
    </message>
    <message>
        <source>neither read nor write the cache</source>
        <translation>キャッシュを読み書きしない</translation>
    </message>
    <message>
        <source>also find mirrored and 90/180/270-degree turned copies (no EXIF tag)</source>
        <translation>左右反転や 90/180/270 度回転したコピー（EXIF タグなし）も見つける</translation>
    </message>
    <message>
        <source>--map wants OLD=NEW, not {item}</source>
        <translation>--map には {item} ではなく OLD=NEW を指定してください</translation>
    </message>
    <message>
        <source>Find near-duplicate photos and clean them up safely.</source>
        <translation>ほぼ重複した写真を見つけ、安全に整理します。</translation>
    </message>
    <message>
        <source>find groups of near-duplicate photos</source>
        <translation>ほぼ重複した写真のグループを見つける</translation>
    </message>
    <message>
        <source>write the result as JSON (&apos;-&apos;: stdout)</source>
        <translation>結果を JSON で書き出す（&apos;-&apos;: 標準出力）</translation>
    </message>
    <message>
        <source>write one row per group member</source>
        <translation>グループのメンバーごとに 1 行書き出す</translation>
    </message>
    <message>
        <source>suggest &apos;trash&apos; for every copy with fewer pixels than its keeper (default: only byte-identical copies)</source>
        <translation>残す写真よりピクセル数の少ないコピーすべてに &apos;trash&apos; を提案する（既定: バイト単位で同一のコピーのみ）</translation>
    </message>
    <message>
        <source>decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] (needs photodedup[cluster]; files at the same paths on every worker)</source>
        <translation>Dask クラスターでデコードする: スケジューラーのアドレス (tcp://HOST:8786) または local[:N]（photodedup[cluster] が必要。ファイルはすべてのワーカーで同じパスに置くこと）</translation>
    </message>
    <message>
        <source>trash the members marked &apos;trash&apos; in a scan result</source>
        <translation>スキャン結果で &apos;trash&apos; とマークされたメンバーをゴミ箱に移動する</translation>
    </message>
    <message>
        <source>really do it (default: dry run)</source>
        <translation>実際に実行する（既定: ドライラン）</translation>
    </message>
    <message>
        <source>move the files into DIR (same drive) instead of the trash; undo brings them back</source>
        <translation>ゴミ箱の代わりに DIR（同じドライブ）へファイルを移動する。undo で元に戻せる</translation>
    </message>
    <message>
        <source>list library photos that are near-duplicates of IMAGE</source>
        <translation>IMAGE とほぼ重複するライブラリの写真を一覧表示する</translation>
    </message>
    <message>
        <source>scan these first</source>
        <translation>先にこれらをスキャンする</translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation>一致した写真を JSON で出力する</translation>
    </message>
    <message>
        <source>restore the files of the last clean-up from the trash</source>
        <translation>前回の整理で移動したファイルをゴミ箱から復元する</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
    <message numerus="yes">
        <source>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</source>
        <comment>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</comment>
        <translation>
            <numerusform>キャッシュ内の写真 %n 枚は読み込み後に変更されたか消えたため、検索しません。再スキャンするには ROOT フォルダーを指定してください</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file or folder: {path}</source>
        <translation>ファイルまたはフォルダーがありません: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} を読み込めません: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicate of {path} among %n photo.</source>
        <comment>No near-duplicate of {path} among %n photos.</comment>
        <translation>
            <numerusform>写真 %n 枚の中に {path} とほぼ重複するものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>grouped from fingerprints alone: pairs a scan checks on the pictures were decided by the fingerprints (pixels not checked)</source>
        <translation>フィンガープリントのみでグループ化: スキャンなら画像で確認するペアをフィンガープリントで判定しました（ピクセルは未確認）</translation>
    </message>
    <message>
        <source>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</source>
        <translation>{fingerprints}: {photos}、{groups}、{errors}。{here}。{note}</translation>
    </message>
    <message>
        <source>group the fingerprints of Parquet files (no access to the photos needed)</source>
        <translation>Parquet ファイルのフィンガープリントをグループ化する（写真へのアクセス不要）</translation>
    </message>
    <message>
        <source>also find mirrored and turned copies</source>
        <translation>反転・回転したコピーも見つける</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable)</source>
        <translation>OLD で始まるパスを NEW で始まるものとして読む（複数指定可）</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint</source>
        <comment>%n fingerprints</comment>
        <translation>
            <numerusform>フィンガープリント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <comment>%n groups</comment>
        <translation>
            <numerusform>%n グループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{here} of the %n grouped file found here unchanged</source>
        <comment>{here} of the %n grouped files found here unchanged</comment>
        <translation>
            <numerusform>グループ化したファイル %n 個のうち {here} 個がここに変更なしで見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the fingerprints: {error}</source>
        <translation>フィンガープリントを読み込めません: {error}</translation>
    </message>
    <message>
        <source>list or clear the photos marked &apos;not a duplicate&apos;</source>
        <translation>「重複ではない」とマークした写真を一覧表示または消去する</translation>
    </message>
    <message>
        <source>show each entry with its id</source>
        <translation>各エントリを ID 付きで表示する</translation>
    </message>
    <message>
        <source>forget the entries ID... (default: all)</source>
        <translation>エントリ ID... を忘れる（既定: すべて）</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten</source>
        <comment>%n forgotten</comment>
        <translation>
            <numerusform>%n 件を忘れました</numerusform>
        </translation>
    </message>
    <message>
        <source>pair</source>
        <translation>ペア</translation>
    </message>
    <message>
        <source>Nothing is marked &apos;not a duplicate&apos;.</source>
        <translation>「重複ではない」とマークされたものはありません。</translation>
    </message>
    <message>
        <source>no entry {number}</source>
        <translation>エントリ {number} はありません</translation>
    </message>
    <message>
        <source>the list could not be changed: {error}</source>
        <translation>リストを変更できませんでした: {error}</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>類似</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>途中で切れている</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込めない</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <source>permission_denied</source>
        <translation>アクセス権がない</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation>消えた</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>不安定</translation>
    </message>
    <message>
        <source>decoder_crashed</source>
        <translation>デコーダーがクラッシュ</translation>
    </message>
    <message>
        <source>decoder_timeout</source>
        <translation>デコーダーがタイムアウト</translation>
    </message>
    <message>
        <source>not_a_regular_file</source>
        <translation>通常のファイルではない</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</source>
        <translation>{files}: {photos}、{groups}、{errors}（{decoded}、{cached}）{seconds} 秒</translation>
    </message>
    <message>
        <source>not a folder or a photo file (a FIFO, socket or device)</source>
        <translation>フォルダーでも写真ファイルでもありません（FIFO、ソケット、デバイス）</translation>
    </message>
    <message>
        <source>error {kind}: {path}: {message}</source>
        <translation>エラー {kind}: {path}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <comment>%n files</comment>
        <translation>
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoded</source>
        <comment>%n decoded</comment>
        <translation>
            <numerusform>デコード %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <comment>%n from cache</comment>
        <translation>
            <numerusform>キャッシュから %n</numerusform>
        </translation>
    </message>
    <message>
        <source> - cancelled, partial result</source>
        <translation> - キャンセル、部分的な結果</translation>
    </message>
    <message>
        <source>group {id} ({kind}, keeper: {reason})</source>
        <translation>グループ {id}（{kind}、残す写真: {reason}）</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>フォルダーがありません</translation>
    </message>
    <message>
        <source>cannot use {error}</source>
        <translation>使用できません: {error}</translation>
    </message>
    <message>
        <source>cannot write the result: {error}</source>
        <translation>結果を書き出せません: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <comment>%n restored</comment>
        <translation>
            <numerusform>復元 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{restored}, {not_restored}</source>
        <translation>{restored}、{not_restored}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻すものはありません。</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>復元 {path}</translation>
    </message>
    <message>
        <source>not restored {path}: {reason}</source>
        <translation>未復元 {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n not restored</source>
        <comment>%n not restored</comment>
        <translation>
            <numerusform>未復元 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>discover</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>復元</translation>
    </message>
</context>
</TS>
