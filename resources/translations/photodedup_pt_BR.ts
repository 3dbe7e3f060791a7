<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Sobre o {name}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Finds near-duplicate photos (resized, re-compressed, converted or rotated copies) and moves the extra copies to the trash, never the last one.</source>
        <translation>Encontra fotos quase duplicadas (cópias redimensionadas, recomprimidas, convertidas ou giradas) e move as cópias excedentes para a lixeira, nunca a última.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({spdx}). It comes with absolutely no warranty.</source>
        <translation>Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior ({spdx}). É fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>Built with these libraries (name, version, licence):</source>
        <translation>Feito com estas bibliotecas (nome, versão, licença):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Photo Dedup is already running. Switch to its window: only one copy can run at a time, so two scans never fight over the same cache and trash.</source>
        <translation>O Photo Dedup já está em execução. Alterne para a janela dele: só uma instância pode rodar por vez, para que duas análises nunca disputem o mesmo cache e a mesma lixeira.</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>{path}
Keeper: {reason}</source>
        <translation>{path}
Mantida: {reason}</translation>
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
        <source>{count} · {size} in copies</source>
        <translation>{count} · {size} em cópias</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Left photo</source>
        <translation>Foto da esquerda</translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation>Foto da direita</translation>
    </message>
    <message>
        <source>Zoom of the larger photo (100 % = actual pixels)</source>
        <translation>Zoom da foto maior (100% = pixels reais)</translation>
    </message>
    <message>
        <source>Compare tools</source>
        <translation>Ferramentas de comparação</translation>
    </message>
    <message>
        <source>← Back to group</source>
        <translation>← Voltar ao grupo</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Grupo anterior</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Próximo grupo</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Keep right</source>
        <translation>Manter a direita</translation>
    </message>
    <message>
        <source>Mark right</source>
        <translation>Marcar a direita</translation>
    </message>
    <message>
        <source>{text} (shortcut: {key})</source>
        <translation>{text} (atalho: {key})</translation>
    </message>
    <message>
        <source>Right: {n} of {total} · ←/→ for the others</source>
        <translation>Direita: {n} de {total} · ←/→ para as outras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference&lt;/b&gt;: black where the photos agree, bright where they differ (D: back)</source>
        <translation>&lt;b&gt;Diferença&lt;/b&gt;: preto onde as fotos coincidem, claro onde diferem (D: voltar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blink&lt;/b&gt;: now the left photo (B: stop)</source>
        <translation>&lt;b&gt;Alternar&lt;/b&gt;: agora a foto da esquerda (B: parar)</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent}%</translation>
    </message>
</context>
<context>
    <name>ConfirmTrash</name>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to the trash?</source>
        <translation>
            <numerusform>Mover %n arquivo ({size}) para a lixeira?</numerusform>
            <numerusform>Mover %n arquivos ({size}) para a lixeira?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), the other file of a RAW+JPEG shot, a Live Photo&apos;s movie.</source>
        <translation>
            <numerusform>Inclui %n arquivo que acompanha sua foto: um arquivo complementar (.xmp, .aae…), o outro arquivo de uma captura RAW+JPEG ou o vídeo de uma Live Photo.</numerusform>
            <numerusform>Inclui %n arquivos que acompanham suas fotos: arquivos complementares (.xmp, .aae…), o outro arquivo de uma captura RAW+JPEG, o vídeo de uma Live Photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sidecar file(s) kept: each also describes a photo that stays.</source>
        <translation>
            <numerusform>%n arquivo complementar mantido: ele também descreve uma foto que fica.</numerusform>
            <numerusform>%n arquivos complementares mantidos: cada um também descreve uma foto que fica.</numerusform>
        </translation>
    </message>
    <message>
        <source>also describes {name}, which stays</source>
        <translation>também descreve {name}, que fica</translation>
    </message>
    <message>
        <source>also describes a file that stays</source>
        <translation>também descreve um arquivo que fica</translation>
    </message>
    <message>
        <source>also moves: {name}</source>
        <translation>também é movido: {name}</translation>
    </message>
    <message>
        <source>stays: {name} ({reason})</source>
        <translation>fica: {name} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not trashed:</source>
        <translation>Não movidos para a lixeira:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves. You can undo with Edit → Undo Last Clean-up.</source>
        <translation>As fotos mantidas e as de pastas de referência nunca são tocadas. Cada arquivo é verificado de novo logo antes de ser movido. Você pode desfazer com Editar → Desfazer última limpeza.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked file(s) will be kept (see details).</source>
        <translation>
            <numerusform>%n arquivo marcado será mantido (veja os detalhes).</numerusform>
            <numerusform>%n arquivos marcados serão mantidos (veja os detalhes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Folder</source>
        <translation>Mover para uma pasta</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) ({size}) to {folder}?</source>
        <translation>
            <numerusform>Mover %n arquivo ({size}) para {folder}?</numerusform>
            <numerusform>Mover %n arquivos ({size}) para {folder}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keepers and photos in reference folders are never touched. Each file is checked again just before it moves; nothing in the folder is overwritten (a taken name gets a number). You can undo with Edit → Undo Last Clean-up.</source>
        <translation>As fotos mantidas e as de pastas de referência nunca são tocadas. Cada arquivo é verificado de novo logo antes de ser movido; nada na pasta é sobrescrito (um nome já usado recebe um número). Você pode desfazer com Editar → Desfazer última limpeza.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move Marked Files to Folder</source>
        <translation>Mover arquivos marcados para uma pasta</translation>
    </message>
    <message>
        <source>Undo Last Clean-up</source>
        <translation>Desfazer última limpeza</translation>
    </message>
    <message>
        <source>Restore the last clean-up ({summary}) from the trash?</source>
        <translation>Restaurar a última limpeza ({summary}) da lixeira?</translation>
    </message>
    <message>
        <source>Undo Clean-up</source>
        <translation>Desfazer limpeza</translation>
    </message>
    <message>
        <source>Put the files of this clean-up ({summary}) back where they were?</source>
        <translation>Devolver os arquivos desta limpeza ({summary}) para onde estavam?</translation>
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
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>&amp;Manter esta foto</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Desmarcar</translation>
    </message>
    <message>
        <source>&amp;Mark for Trash</source>
        <translation>Marcar para a &amp;lixeira</translation>
    </message>
    <message>
        <source>Compare with the &amp;Keeper</source>
        <translation>Comparar com a foto &amp;mantida</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Não é uma duplicata</translation>
    </message>
    <message>
        <source>This photo is not a copy of the keeper: never group them together again</source>
        <translation>Esta foto não é uma cópia da foto mantida: nunca mais agrupá-las</translation>
    </message>
    <message>
        <source>&amp;Open the Keeper</source>
        <translation>&amp;Abrir a foto mantida</translation>
    </message>
    <message>
        <source>Show the Keeper in &amp;Folder</source>
        <translation>Mostrar a foto mantida na &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Copy the Keeper&apos;s Path</source>
        <translation>&amp;Copiar o caminho da foto mantida</translation>
    </message>
    <message>
        <source>&amp;Mark All but the Keeper</source>
        <translation>Marcar &amp;todas exceto a mantida</translation>
    </message>
    <message>
        <source>&amp;Unmark This Group</source>
        <translation>&amp;Desmarcar este grupo</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates (Hide This Group)</source>
        <translation>&amp;Não são duplicatas (ocultar este grupo)</translation>
    </message>
    <message>
        <source>These photos are not copies of each other: never group them again</source>
        <translation>Estas fotos não são cópias umas das outras: nunca mais agrupá-las</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>reference folder</source>
        <translation>pasta de referência</translation>
    </message>
    <message>
        <source>undamaged</source>
        <translation>sem danos</translation>
    </message>
    <message>
        <source>camera RAW original ({format})</source>
        <translation>original RAW da câmera ({format})</translation>
    </message>
    <message>
        <source>most pixels ({width}×{height})</source>
        <translation>mais pixels ({width}×{height})</translation>
    </message>
    <message>
        <source>largest file ({size})</source>
        <translation>maior arquivo ({size})</translation>
    </message>
    <message>
        <source>oldest file ({day})</source>
        <translation>arquivo mais antigo ({day})</translation>
    </message>
    <message>
        <source>newest file ({day})</source>
        <translation>arquivo mais recente ({day})</translation>
    </message>
    <message>
        <source>shortest path</source>
        <translation>caminho mais curto</translation>
    </message>
    <message>
        <source>all criteria equal; first by path</source>
        <translation>todos os critérios iguais; a primeira pelo caminho</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>escolhida por você</translation>
    </message>
    <message>
        <source>shared with a file that stays</source>
        <translation>compartilhado com um arquivo que fica</translation>
    </message>
    <message>
        <source>shared with a file that stays ({path})</source>
        <translation>compartilhado com um arquivo que fica ({path})</translation>
    </message>
    <message>
        <source>every copy was selected: nothing in this group is trashed</source>
        <translation>todas as cópias foram selecionadas: nada deste grupo vai para a lixeira</translation>
    </message>
    <message>
        <source>same file as a kept or already listed member (hard link or path given twice)</source>
        <translation>o mesmo arquivo que uma foto mantida ou já listada (link físico ou caminho informado duas vezes)</translation>
    </message>
    <message>
        <source>inside a trash or photodedup folder</source>
        <translation>dentro de uma lixeira ou de uma pasta do photodedup</translation>
    </message>
    <message>
        <source>not under the scanned folders</source>
        <translation>fora das pastas analisadas</translation>
    </message>
    <message>
        <source>the result carries no verifiable content key (format version 1, or from another user or machine): only exact copies are trashed, after a byte comparison with their keeper; scan again to act on this one</source>
        <translation>o resultado não tem uma chave de conteúdo verificável (formato versão 1, ou de outro usuário ou computador): só cópias exatas vão para a lixeira, após uma comparação byte a byte com a foto mantida; analise de novo para agir sobre esta</translation>
    </message>
    <message>
        <source>not listed by the scan (the result was edited beyond its actions)</source>
        <translation>não listado pela análise (o resultado foi editado além de suas ações)</translation>
    </message>
    <message>
        <source>not listed by the scan (it carries no seal: scan again to act on it)</source>
        <translation>não listado pela análise (não tem selo: analise de novo para agir sobre ele)</translation>
    </message>
    <message>
        <source>root not usable: {error}</source>
        <translation>pasta raiz inutilizável: {error}</translation>
    </message>
    <message>
        <source>cannot list folder: {error}</source>
        <translation>não é possível listar a pasta: {error}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>arquivo vazio (0 bytes)</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>maior que {limit} bytes</translation>
    </message>
    <message>
        <source>the file changed since it was listed</source>
        <translation>o arquivo mudou desde que foi listado</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>o arquivo mudou durante a leitura</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>o arquivo não existe mais</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>{size} bytes is over the {limit} limit</source>
        <translation>{size} bytes passam do limite de {limit}</translation>
    </message>
    <message>
        <source>over the {limit} byte limit</source>
        <translation>acima do limite de {limit} bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>{width}x{height} is over {limit} pixels</source>
        <translation>{width}x{height} passa de {limit} pixels</translation>
    </message>
    <message>
        <source>{width}x{height} declared by a {size}-byte file (a decompression bomb)</source>
        <translation>{width}x{height} declarados por um arquivo de {size} bytes (uma bomba de descompressão)</translation>
    </message>
    <message>
        <source>{format} files are not supported</source>
        <translation>arquivos {format} não são suportados</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>não é uma imagem legível</translation>
    </message>
    <message>
        <source>not enough memory to decode ({error})</source>
        <translation>memória insuficiente para decodificar ({error})</translation>
    </message>
    <message>
        <source>not enough memory to decode</source>
        <translation>memória insuficiente para decodificar</translation>
    </message>
    <message>
        <source>not a readable {format} file (no image size)</source>
        <translation>não é um arquivo {format} legível (sem tamanho de imagem)</translation>
    </message>
    <message>
        <source>not a readable {format} file ({error})</source>
        <translation>não é um arquivo {format} legível ({error})</translation>
    </message>
    <message>
        <source>damaged {format} file ({error})</source>
        <translation>arquivo {format} danificado ({error})</translation>
    </message>
    <message>
        <source>decoder processes fail to start ({error})</source>
        <translation>os processos decodificadores não iniciam ({error})</translation>
    </message>
    <message>
        <source>the decoder process did not start</source>
        <translation>o processo decodificador não iniciou</translation>
    </message>
    <message>
        <source>the decoder process is gone</source>
        <translation>o processo decodificador sumiu</translation>
    </message>
    <message>
        <source>the decoder was shut down</source>
        <translation>o decodificador foi encerrado</translation>
    </message>
    <message>
        <source>the decoder crashed ({signal})</source>
        <translation>o decodificador travou ({signal})</translation>
    </message>
    <message>
        <source>the decoder ran out of memory</source>
        <translation>o decodificador ficou sem memória</translation>
    </message>
    <message>
        <source>the decoder exited unexpectedly (code {code})</source>
        <translation>o decodificador saiu inesperadamente (código {code})</translation>
    </message>
    <message>
        <source>decoding took longer than {seconds} s</source>
        <translation>a decodificação levou mais de {seconds} s</translation>
    </message>
    <message>
        <source>the cluster could not decode it ({error})</source>
        <translation>o cluster não conseguiu decodificá-lo ({error})</translation>
    </message>
    <message>
        <source>the cluster returned no result for it</source>
        <translation>o cluster não devolveu resultado para ele</translation>
    </message>
    <message>
        <source>unreadable EXIF, orientation ignored ({error})</source>
        <translation>EXIF ilegível, orientação ignorada ({error})</translation>
    </message>
    <message>
        <source>damaged EXIF ({error})</source>
        <translation>EXIF danificado ({error})</translation>
    </message>
    <message>
        <source>invalid EXIF orientation {value} ignored</source>
        <translation>orientação EXIF {value} inválida ignorada</translation>
    </message>
    <message>
        <source>damaged metadata ({error})</source>
        <translation>metadados danificados ({error})</translation>
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
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>Pastas a analisar</translation>
    </message>
    <message>
        <source>Photos in a reference folder are compared but never trashed</source>
        <translation>As fotos de uma pasta de referência são comparadas, mas nunca vão para a lixeira</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Tip: drop folders here. Tick Reference for originals to protect.</source>
        <translation>Dica: solte pastas aqui. Marque “Referência” para proteger os originais.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Order found</source>
        <translation>Ordem encontrada</translation>
    </message>
    <message>
        <source>Space to free</source>
        <translation>Espaço a liberar</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>Número de fotos</translation>
    </message>
    <message>
        <source>Most alike first</source>
        <translation>Mais parecidas primeiro</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Data da foto</translation>
    </message>
    <message>
        <source>Search names and folders</source>
        <translation>Buscar nomes e pastas</translation>
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
        <translation>Só com marcas</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Identical copies</source>
        <translation>Cópias idênticas</translation>
    </message>
    <message>
        <source>Look-alike copies</source>
        <translation>Cópias parecidas</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Cenas semelhantes</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message numerus="yes">
        <source>● %n marked for trash</source>
        <translation>
            <numerusform>● %n marcada para a lixeira</numerusform>
            <numerusform>● %n marcadas para a lixeira</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Grupos de duplicatas</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Photos of the selected group</source>
        <translation>Fotos do grupo selecionado</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Não é possível exibir esta imagem</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>in the trash</source>
        <translation>na lixeira</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>still in the trash (could not restore)</source>
        <translation>ainda na lixeira (não foi possível restaurar)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>não movido</translation>
    </message>
    <message>
        <source>moved to {folder}</source>
        <translation>movido para {folder}</translation>
    </message>
    <message>
        <source>still in {folder} (could not restore)</source>
        <translation>ainda em {folder} (não foi possível restaurar)</translation>
    </message>
    <message numerus="yes">
        <source>{when} · %n file(s) moved</source>
        <translation>
            <numerusform>{when} · %n arquivo movido</numerusform>
            <numerusform>{when} · %n arquivos movidos</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>desfeita</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Clean-up History</source>
        <translation>Histórico de limpezas</translation>
    </message>
    <message>
        <source>Clean-up / file</source>
        <translation>Limpeza / arquivo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Clean-ups, newest first</source>
        <translation>Limpezas, das mais recentes às mais antigas</translation>
    </message>
    <message>
        <source>No clean-up yet.</source>
        <translation>Nenhuma limpeza ainda.</translation>
    </message>
    <message>
        <source>&amp;Undo This Clean-up</source>
        <translation>&amp;Desfazer esta limpeza</translation>
    </message>
    <message>
        <source>Put the files of the selected clean-up back where they were</source>
        <translation>Devolver os arquivos da limpeza selecionada para onde estavam</translation>
    </message>
</context>
<context>
    <name>IgnoredDialog</name>
    <message>
        <source>Not Duplicates</source>
        <translation>Não duplicatas</translation>
    </message>
    <message>
        <source>Photos you said are not duplicates are never grouped together again, by the app or the command line, until you forget them here or a file changes.</source>
        <translation>As fotos que você indicou que não são duplicatas nunca mais são agrupadas, nem pelo aplicativo nem pela linha de comando, até que você as esqueça aqui ou um arquivo mude.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Lembrado em</translation>
    </message>
    <message>
        <source>Photos that are not duplicates, newest first</source>
        <translation>Fotos que não são duplicatas, das mais recentes às mais antigas</translation>
    </message>
    <message>
        <source>Nothing remembered yet: right-click a photo or a group and choose Not a Duplicate.</source>
        <translation>Nada lembrado ainda: clique com o botão direito em uma foto ou em um grupo e escolha “Não é uma duplicata”.</translation>
    </message>
    <message>
        <source>&amp;Forget Selected</source>
        <translation>&amp;Esquecer selecionados</translation>
    </message>
    <message>
        <source>Forget &amp;All</source>
        <translation>Esquecer &amp;todos</translation>
    </message>
    <message>
        <source>Group of {count}: {names}</source>
        <translation>Grupo de {count}: {names}</translation>
    </message>
    <message>
        <source>{first} is not a duplicate of {second}</source>
        <translation>{first} não é uma duplicata de {second}</translation>
    </message>
</context>
<context>
    <name>KeepRules</name>
    <message>
        <source>Camera RAW original</source>
        <translation>Original RAW da câmera</translation>
    </message>
    <message>
        <source>Most pixels</source>
        <translation>Mais pixels</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Maior arquivo</translation>
    </message>
    <message>
        <source>Oldest file</source>
        <translation>Arquivo mais antigo</translation>
    </message>
    <message>
        <source>Newest file</source>
        <translation>Arquivo mais recente</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Caminho mais curto</translation>
    </message>
</context>
<context>
    <name>KeepRulesEditor</name>
    <message>
        <source>Keeper rules, first decides</source>
        <translation>Regras para manter, a primeira decide</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Always first: photos in reference folders, then undamaged ones.</source>
        <translation>Sempre primeiro: fotos em pastas de referência, depois as não danificadas.</translation>
    </message>
</context>
<context>
    <name>LastReview</name>
    <message>
        <source>Reopening the last review…</source>
        <translation>Reabrindo a última revisão…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened the last review: %n decision(s) restored</source>
        <translation>
            <numerusform>Última revisão reaberta: %n decisão restaurada</numerusform>
            <numerusform>Última revisão reaberta: %n decisões restauradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n dropped because the file changed or vanished</source>
        <translation>
            <numerusform>; %n descartada porque o arquivo mudou ou sumiu</numerusform>
            <numerusform>; %n descartadas porque os arquivos mudaram ou sumiram</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lower-resolution copy(s) marked</source>
        <translation>
            <numerusform>%n cópia de menor resolução marcada</numerusform>
            <numerusform>%n cópias de menor resolução marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move to the trash.</source>
        <translation>Nada para mover para a lixeira.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Nada para mover.</translation>
    </message>
    <message>
        <source>Cannot move files to {folder}: {reason}</source>
        <translation>Não é possível mover arquivos para {folder}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to {folder}.</source>
        <translation>
            <numerusform>%n arquivo ({size}) movido para {folder}.</numerusform>
            <numerusform>%n arquivos ({size}) movidos para {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) ({size}) to the trash.</source>
        <translation>
            <numerusform>%n arquivo ({size}) movido para a lixeira.</numerusform>
            <numerusform>%n arquivos ({size}) movidos para a lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not moved: see Problems.</source>
        <translation>
            <numerusform>%n arquivo não movido: veja Problemas.</numerusform>
            <numerusform>%n arquivos não movidos: veja Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no clean-up to undo.</source>
        <translation>Não há limpeza para desfazer.</translation>
    </message>
    <message numerus="yes">
        <source>Restored {n} of %n file(s) from the trash.</source>
        <translation>
            <numerusform>{n} de %n arquivo restaurado da lixeira.</numerusform>
            <numerusform>{n} de %n arquivos restaurados da lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last clean-up was interrupted. %n file(s) were moved to the trash but not recorded as done. Use Edit → Undo Last Clean-up to put them back.</source>
        <translation>
            <numerusform>A última limpeza foi interrompida. %n arquivo foi movido para a lixeira, mas não foi registrado como concluído. Use Editar → Desfazer última limpeza para restaurá-lo.</numerusform>
            <numerusform>A última limpeza foi interrompida. %n arquivos foram movidos para a lixeira, mas não foram registrados como concluídos. Use Editar → Desfazer última limpeza para restaurá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Remembered as not duplicates: they will not be grouped again (Edit → Not Duplicates to undo).</source>
        <translation>Lembradas como não duplicatas: não serão agrupadas de novo (Editar → Não duplicatas para desfazer).</translation>
    </message>
    <message>
        <source>Forgotten: those photos can be grouped again.</source>
        <translation>Esquecidas: essas fotos podem ser agrupadas de novo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Files are being moved to the trash. Stop after the current file and quit?</source>
        <translation>Arquivos estão sendo movidos para a lixeira. Parar após o arquivo atual e sair?</translation>
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
        <translation>←/→ outra foto · M marcar a da direita · K mantê-la · S inverter · D diferença · B alternar · N/P grupo · Esc voltar</translation>
    </message>
    <message>
        <source>Similar shots: different photos of one scene. Compare them and mark by hand; no bulk action marks them.</source>
        <translation>Cenas semelhantes: fotos diferentes de uma mesma cena. Compare e marque manualmente; nenhuma ação em massa as marca.</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group</source>
        <translation>←/→ escolher foto · Espaço marcar para a lixeira · K manter · Enter comparar · PgDn próximo grupo</translation>
    </message>
    <message>
        <source>Keepers and reference photos cannot be marked</source>
        <translation>Fotos mantidas e de referência não podem ser marcadas</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>MANTER</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>LIXEIRA</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>CÓPIA</translation>
    </message>
    <message>
        <source>Add a Folder of Photos</source>
        <translation>Adicionar uma pasta de fotos</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analisando…</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n photo(s) read (kept in the cache for next time)</source>
        <translation>
            <numerusform>Análise interrompida: %n foto lida (guardada no cache para a próxima vez)</numerusform>
            <numerusform>Análise interrompida: %n fotos lidas (guardadas no cache para a próxima vez)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan finished: {photos}, {groups}, {errors}</source>
        <translation>Análise concluída: {photos}, {groups}, {errors}</translation>
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
        <translation>Erro: {text}</translation>
    </message>
    <message>
        <source>Something went wrong:
{text}</source>
        <translation>Algo deu errado:
{text}</translation>
    </message>
    <message>
        <source>Groups appear here when the scan ends.</source>
        <translation>Os grupos aparecem aqui quando a análise termina.</translation>
    </message>
    <message>
        <source>Photo Dedup finds resized, re-saved, converted and lightly edited copies of your photos. Drop a folder anywhere on this window, or click the button below. Nothing is ever deleted: copies go to the trash, and you can undo.</source>
        <translation>O Photo Dedup encontra cópias redimensionadas, salvas de novo, convertidas ou levemente editadas das suas fotos. Solte uma pasta em qualquer lugar desta janela ou clique no botão abaixo. Nada é excluído: as cópias vão para a lixeira, e você pode desfazer.</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>Adicione uma pasta para começar</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) read before the scan was stopped, and no duplicates among them yet. Scan again to read the rest: what was read is kept.</source>
        <translation>
            <numerusform>%n foto lida antes de a análise ser interrompida, sem duplicatas até agora. Analise de novo para ler o resto: o que já foi lido é mantido.</numerusform>
            <numerusform>%n fotos lidas antes de a análise ser interrompida, sem duplicatas até agora. Analise de novo para ler o resto: o que já foi lido é mantido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped</source>
        <translation>Análise interrompida</translation>
    </message>
    <message>
        <source>Scan Again</source>
        <translation>Analisar de novo</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) checked. Move the similarity slider towards Loose to find more.</source>
        <translation>
            <numerusform>%n foto verificada. Mova o controle de semelhança para “Flexível” para encontrar mais.</numerusform>
            <numerusform>%n fotos verificadas. Mova o controle de semelhança para “Flexível” para encontrar mais.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found</source>
        <translation>Nenhuma duplicata encontrada</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected. Tick Reference for folders whose photos must stay.</source>
        <translation>
            <numerusform>%n pasta selecionada. Marque “Referência” nas pastas cujas fotos devem ficar.</numerusform>
            <numerusform>%n pastas selecionadas. Marque “Referência” nas pastas cujas fotos devem ficar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Pronto para analisar</translation>
    </message>
    <message>
        <source>Scan Now</source>
        <translation>Analisar agora</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Adicionar pasta…</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Adicionar pasta</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>A&amp;nalisar</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analisar</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>&amp;Parar análise</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
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
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo Last Clean-up…</source>
        <translation>&amp;Desfazer última limpeza…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Clean-up &amp;History…</source>
        <translation>&amp;Histórico de limpezas…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates…</source>
        <translation>&amp;Não duplicatas…</translation>
    </message>
    <message>
        <source>Trash &amp;Lower-Resolution Copies…</source>
        <translation>Mover cópias de menor &amp;resolução para a lixeira…</translation>
    </message>
    <message>
        <source>Trash Lower-Res Copies</source>
        <translation>Descartar cópias menores</translation>
    </message>
    <message>
        <source>&amp;Mark Lower-Resolution Copies</source>
        <translation>Marcar cópias de menor &amp;resolução</translation>
    </message>
    <message>
        <source>Move &amp;Marked to Trash…</source>
        <translation>Mover marcadas para a &amp;lixeira…</translation>
    </message>
    <message>
        <source>Trash Marked</source>
        <translation>Descartar marcadas</translation>
    </message>
    <message>
        <source>Move Marked to &amp;Folder…</source>
        <translation>Mover marcadas para uma &amp;pasta…</translation>
    </message>
    <message>
        <source>&amp;Clear All Marks</source>
        <translation>&amp;Limpar todas as marcas</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparar lado a lado</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>&amp;Next Group</source>
        <translation>&amp;Próximo grupo</translation>
    </message>
    <message>
        <source>&amp;Previous Group</source>
        <translation>Grupo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Photo</source>
        <translation>Próxima &amp;foto</translation>
    </message>
    <message>
        <source>Previous P&amp;hoto</source>
        <translation>Foto ant&amp;erior</translation>
    </message>
    <message>
        <source>&amp;Keep This Photo</source>
        <translation>&amp;Manter esta foto</translation>
    </message>
    <message>
        <source>&amp;Toggle Trash Mark</source>
        <translation>Al&amp;ternar marca de lixeira</translation>
    </message>
    <message>
        <source>Show P&amp;roblems</source>
        <translation>Mostrar p&amp;roblemas</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>Miniaturas &amp;maiores</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>Miniaturas me&amp;nores</translation>
    </message>
    <message>
        <source>&amp;Fit Thumbnails to Window</source>
        <translation>A&amp;justar miniaturas à janela</translation>
    </message>
    <message>
        <source>&amp;Find Groups…</source>
        <translation>&amp;Buscar grupos…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;About Photo Dedup</source>
        <translation>&amp;Sobre o Photo Dedup</translation>
    </message>
    <message>
        <source>Recent &amp;Folders</source>
        <translation>Pastas &amp;recentes</translation>
    </message>
    <message>
        <source>Mark, in every group, each copy with fewer pixels than its keeper, then confirm</source>
        <translation>Marcar, em cada grupo, cada cópia com menos pixels que a foto mantida e depois confirmar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>Salvo: {path}</translation>
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
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tirada em</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Manter esta</translation>
    </message>
    <message>
        <source>RAW+JPEG shot, also: {names}</source>
        <translation>Captura RAW+JPEG, também: {names}</translation>
    </message>
    <message>
        <source>Live Photo, also: {names}</source>
        <translation>Live Photo, também: {names}</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Com: {names}</translation>
    </message>
    <message>
        <source>Moved to the trash with this photo and restored with it by Undo (a sidecar that also describes a file that stays, stays):</source>
        <translation>Vão para a lixeira com esta foto e voltam com ela ao desfazer (um arquivo complementar que também descreve um arquivo que fica, fica):</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>MANTER</translation>
    </message>
    <message>
        <source>TRASH</source>
        <translation>LIXEIRA</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>CÓPIA</translation>
    </message>
    <message>
        <source>Suggested keeper: {reason}</source>
        <translation>Sugerida para manter: {reason}</translation>
    </message>
    <message>
        <source>In a reference folder: never trashed</source>
        <translation>Em uma pasta de referência: nunca vai para a lixeira</translation>
    </message>
    <message>
        <source>Not moved to the trash. {reason}</source>
        <translation>Não foi movida para a lixeira. {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Arquivo vazio</translation>
    </message>
    <message>
        <source>Damaged (truncated)</source>
        <translation>Danificado (truncado)</translation>
    </message>
    <message>
        <source>Not a readable image</source>
        <translation>Não é uma imagem legível</translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation>Formato sem suporte</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Grande demais</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Sumiu</translation>
    </message>
    <message>
        <source>Changed while reading</source>
        <translation>Mudou durante a leitura</translation>
    </message>
    <message>
        <source>Crashed the decoder</source>
        <translation>Travou o decodificador</translation>
    </message>
    <message>
        <source>Took too long to decode</source>
        <translation>Demorou demais para decodificar</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>Não é um arquivo comum</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>Procurando fotos…</translation>
    </message>
    <message>
        <source>Reading photos…</source>
        <translation>Lendo fotos…</translation>
    </message>
    <message>
        <source>Grouping look-alikes…</source>
        <translation>Agrupando parecidas…</translation>
    </message>
    <message>
        <source>Moving to trash…</source>
        <translation>Movendo para a lixeira…</translation>
    </message>
    <message>
        <source>Restoring from trash…</source>
        <translation>Restaurando da lixeira…</translation>
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
        <translation>{done} arquivos</translation>
    </message>
    <message>
        <source>{done} files · {rate:.0f}/s</source>
        <translation>{done} arquivos · {rate:.0f}/s</translation>
    </message>
    <message>
        <source>{rate:.0f} files/s · about {left} left</source>
        <translation>{rate:.0f} arquivos/s · faltam cerca de {left}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
</context>
<context>
    <name>SelectMenu</name>
    <message>
        <source>Mark &amp;All but the Keeper</source>
        <translation>Marcar &amp;todas exceto a mantida</translation>
    </message>
    <message>
        <source>Mark &amp;Smaller Files</source>
        <translation>Marcar arquivos &amp;menores</translation>
    </message>
    <message>
        <source>Mark &amp;Older Files</source>
        <translation>Marcar arquivos mais &amp;antigos</translation>
    </message>
    <message>
        <source>Mark &amp;Names Like “(1)” or “copy”</source>
        <translation>Marcar &amp;nomes como “(1)” ou “copy”</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Selecionar</translation>
    </message>
    <message>
        <source>Mark Everything in a &amp;Folder…</source>
        <translation>Marcar tudo em uma &amp;pasta…</translation>
    </message>
    <message>
        <source>Only in the Selected &amp;Group</source>
        <translation>Somente no &amp;grupo selecionado</translation>
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
        <translation>Nada para marcar: fotos mantidas, fotos de referência e cenas semelhantes são ignoradas</translation>
    </message>
    <message numerus="yes">
        <source>{folder} (%n copy(s))</source>
        <translation>
            <numerusform>{folder} (%n cópia)</numerusform>
            <numerusform>{folder} (%n cópias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Everything in a Folder</source>
        <translation>Marcar tudo em uma pasta</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Perceptual hash (pHash, 64 bit)</source>
        <translation>Hash perceptual (pHash, 64 bits)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sem mínimo</translation>
    </message>
    <message>
        <source>Files smaller than this are skipped (icons, thumbnails)</source>
        <translation>Arquivos menores que isto são ignorados (ícones, miniaturas)</translation>
    </message>
    <message>
        <source>One pattern per line, e.g.
*/cache/*
*.gif</source>
        <translation>Um padrão por linha, por exemplo:
*/cache/*
*.gif</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Minimum file size:</source>
        <translation>Tamanho mínimo do arquivo:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Excluir:</translation>
    </message>
    <message>
        <source>Also find mirrored and turned copies</source>
        <translation>Encontrar também cópias espelhadas e giradas</translation>
    </message>
    <message>
        <source>Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag</source>
        <translation>Cópias espelhadas ou giradas em 90, 180 ou 270 graus sem marcação de orientação</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Cópias:</translation>
    </message>
    <message>
        <source>Keep the photo with:</source>
        <translation>Manter a foto com:</translation>
    </message>
    <message>
        <source>Size and exclusions apply to the next scan; the rest at once.</source>
        <translation>Tamanho e exclusões valem a partir da próxima análise; o resto, na hora.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Cards</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>Larger / smaller thumbnails</source>
        <translation>Miniaturas maiores / menores</translation>
    </message>
    <message>
        <source>The current photo&apos;s menu</source>
        <translation>O menu da foto atual</translation>
    </message>
    <message>
        <source>Between folders, groups, cards and slider</source>
        <translation>Entre pastas, grupos, cartões e controle deslizante</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>The other photos of the group, on the right</source>
        <translation>As outras fotos do grupo, à direita</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Próximo grupo</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>Grupo anterior</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>Inverter os dois lados</translation>
    </message>
    <message>
        <source>Fit to the panes</source>
        <translation>Ajustar aos painéis</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Tamanho real (100%)</translation>
    </message>
    <message>
        <source>Difference view: where the two differ</source>
        <translation>Vista de diferença: onde as duas diferem</translation>
    </message>
    <message>
        <source>Blink between the two photos</source>
        <translation>Alternar entre as duas fotos</translation>
    </message>
    <message>
        <source>Zoom both photos</source>
        <translation>Aplicar zoom nas duas fotos</translation>
    </message>
    <message>
        <source>Keep the right photo</source>
        <translation>Manter a foto da direita</translation>
    </message>
    <message>
        <source>Mark / unmark the right photo</source>
        <translation>Marcar / desmarcar a foto da direita</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Voltar aos cartões</translation>
    </message>
    <message>
        <source>Similarity slider</source>
        <translation>Controle de semelhança</translation>
    </message>
    <message>
        <source>One step stricter / looser</source>
        <translation>Um passo mais rigoroso / flexível</translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation>Dois passos</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Janela principal</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Scan Again</source>
        <translation>Analisar de novo</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>Resultados desatualizados</translation>
    </message>
    <message>
        <source>The folders changed since this scan: the results may be out of date.</source>
        <translation>As pastas mudaram desde esta análise: os resultados podem estar desatualizados.</translation>
    </message>
    <message>
        <source>The scan settings changed since this scan: the results may be out of date.</source>
        <translation>As configurações de análise mudaram desde esta análise: os resultados podem estar desatualizados.</translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) are not in these results: scan again to see them.</source>
        <translation>
            <numerusform>%n arquivo restaurado não está nestes resultados: analise de novo para vê-lo.</numerusform>
            <numerusform>%n arquivos restaurados não estão nestes resultados: analise de novo para vê-los.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n folder(s) to scan</source>
        <translation>
            <numerusform>%n pasta a analisar</numerusform>
            <numerusform>%n pastas a analisar</numerusform>
        </translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Nenhuma pasta ainda</translation>
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
        <translation>O quanto duas fotos podem diferir e ainda ser agrupadas (0 = idênticas; a distância combina os hashes e uma verificação das miniaturas).</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Limite de semelhança</translation>
    </message>
    <message>
        <source>Left: stricter; right: looser</source>
        <translation>Esquerda: mais rigoroso; direita: mais flexível</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Rigoroso</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Flexível</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <source>Photos up to distance {n} apart are grouped</source>
        <translation>Fotos a uma distância de até {n} são agrupadas</translation>
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
        <translation>Alterado desde a análise</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Não movido</translation>
    </message>
    <message>
        <source>Could not be moved</source>
        <translation>Não foi possível mover</translation>
    </message>
    <message>
        <source>It was moved or deleted after the scan.</source>
        <translation>O arquivo foi movido ou excluído depois da análise.</translation>
    </message>
    <message>
        <source>Its content is not what was scanned.</source>
        <translation>O conteúdo não é mais o que foi analisado.</translation>
    </message>
    <message>
        <source>It was edited or replaced after the scan.</source>
        <translation>O arquivo foi editado ou substituído depois da análise.</translation>
    </message>
    <message>
        <source>It changed after the scan.</source>
        <translation>O arquivo mudou depois da análise.</translation>
    </message>
    <message>
        <source>It was left in place: scan again to review it.</source>
        <translation>Ele foi deixado onde estava: analise de novo para revisá-lo.</translation>
    </message>
    <message>
        <source>The photo kept from this group changed after the scan, so no copy of it was moved. Scan again to review the group.</source>
        <translation>A foto mantida deste grupo mudou depois da análise, então nenhuma cópia dela foi movida. Analise de novo para revisar o grupo.</translation>
    </message>
    <message>
        <source>Its photo was not moved, so it stays with it.</source>
        <translation>A foto dele não foi movida, então ele fica com ela.</translation>
    </message>
    <message>
        <source>The clean-up was stopped before this file.</source>
        <translation>A limpeza foi interrompida antes deste arquivo.</translation>
    </message>
    <message>
        <source>This drive has no trash folder, so the file was left in place.</source>
        <translation>Esta unidade não tem lixeira, então o arquivo foi deixado onde estava.</translation>
    </message>
    <message>
        <source>You are not allowed to move this file; it was left in place.</source>
        <translation>Você não tem permissão para mover este arquivo; ele foi deixado onde estava.</translation>
    </message>
    <message>
        <source>The file was left in place.</source>
        <translation>O arquivo foi deixado onde estava.</translation>
    </message>
</context>
</TS>
