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
        <source>{count} · {size} in other shots</source>
        <translation>{count} · {size} em outras fotos</translation>
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
        <source>note: this result was grouped from fingerprints alone (photodedup group): no pair was checked on the pictures, and the files may never have been seen on this machine. Each file is re-checked here before it moves (same file, same bytes); one that is not here as the fingerprints recorded it is left in place</source>
        <translation>observação: este resultado foi agrupado só por impressões digitais (photodedup group): nenhum par foi verificado nas imagens, e os arquivos podem nunca ter sido vistos neste computador. Cada arquivo é verificado de novo aqui antes de ser movido (mesmo arquivo, mesmos bytes); um arquivo que não esteja aqui como as impressões digitais o registraram fica onde está</translation>
    </message>
    <message>
        <source>note: it is format version 1 and carries no content keys, so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>observação: ele está no formato versão 1 e não tem chaves de conteúdo, então os bytes não podem ser verificados de novo em relação à análise: só cópias exatas vão para a lixeira, após uma comparação byte a byte com a foto mantida; analise de novo para todas as verificações</translation>
    </message>
    <message>
        <source>note: its seals cannot be checked (written by another user or machine), so the bytes cannot be re-checked against the scan: only exact copies are trashed, after a byte-for-byte comparison with their keeper; scan again for the full checks</source>
        <translation>observação: os selos dele não podem ser verificados (gravado por outro usuário ou computador), então os bytes não podem ser verificados de novo em relação à análise: só cópias exatas vão para a lixeira, após uma comparação byte a byte com a foto mantida; analise de novo para todas as verificações</translation>
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
    <message>
        <source>no longer a regular file</source>
        <translation>não é mais um arquivo comum</translation>
    </message>
    <message>
        <source>modified ({fields})</source>
        <translation>modificado ({fields})</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>a pasta dele agora leva a outro lugar (um link simbólico foi colocado no lugar)</translation>
    </message>
    <message>
        <source>its bytes differ from the keeper&apos;s (not an exact copy)</source>
        <translation>os bytes dele diferem dos do arquivo mantido (não é uma cópia exata)</translation>
    </message>
    <message>
        <source>still in place after moving</source>
        <translation>continua no lugar depois de mover</translation>
    </message>
    <message>
        <source>moved away, but not found in the destination folder</source>
        <translation>foi movido, mas não foi encontrado na pasta de destino</translation>
    </message>
    <message>
        <source>still in place after trashing (the trash reported success)</source>
        <translation>continua no lugar depois de ir para a lixeira (a lixeira informou sucesso)</translation>
    </message>
    <message>
        <source>moved away, but not found in the trash</source>
        <translation>foi movido, mas não foi encontrado na lixeira</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>não existe mais</translation>
    </message>
    <message>
        <source>cannot be checked ({error})</source>
        <translation>não pode ser verificado ({error})</translation>
    </message>
    <message>
        <source>is the same file as the one to trash</source>
        <translation>é o mesmo arquivo que o que ia para a lixeira</translation>
    </message>
    <message>
        <source>content differs from the scan</source>
        <translation>o conteúdo difere da análise</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>changed since scan: {problem}</source>
        <translation>alterado desde a análise: {problem}</translation>
    </message>
    <message>
        <source>keeper changed: {path} {problem}</source>
        <translation>arquivo mantido alterado: {path} {problem}</translation>
    </message>
    <message>
        <source>cannot be re-read ({kind}: {error})</source>
        <translation>não pode ser lido de novo ({kind}: {error})</translation>
    </message>
    <message>
        <source>not trashed: the undo journal cannot be written ({error})</source>
        <translation>não foi para a lixeira: o registro para desfazer não pode ser gravado ({error})</translation>
    </message>
    <message>
        <source>could not move: {error}</source>
        <translation>não foi possível mover: {error}</translation>
    </message>
    <message>
        <source>could not trash: {error}</source>
        <translation>não foi possível mover para a lixeira: {error}</translation>
    </message>
    <message>
        <source>its photo was not trashed: {path}</source>
        <translation>a foto dele não foi para a lixeira: {path}</translation>
    </message>
    <message>
        <source>not moved: the undo journal cannot be written ({error})</source>
        <translation>não foi movido: o registro para desfazer não pode ser gravado ({error})</translation>
    </message>
    <message>
        <source>could not move: {error} [errno {errno}]</source>
        <translation>não foi possível mover: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>no usable trash on this drive ({where}); file left in place</source>
        <translation>nenhuma lixeira utilizável nesta unidade ({where}); o arquivo ficou onde estava</translation>
    </message>
    <message>
        <source>could not trash: {error} [errno {errno}]</source>
        <translation>não foi possível mover para a lixeira: {error} [errno {errno}]</translation>
    </message>
    <message>
        <source>its photo was not moved: {path}</source>
        <translation>a foto dele não foi movida: {path}</translation>
    </message>
    <message>
        <source>no free name in the trash</source>
        <translation>nenhum nome livre na lixeira</translation>
    </message>
    <message>
        <source>Permission denied: {path}</source>
        <translation>Permissão negada: {path}</translation>
    </message>
    <message>
        <source>trash entry taken</source>
        <translation>a entrada da lixeira já está ocupada</translation>
    </message>
    <message>
        <source>the file changed just before the move</source>
        <translation>o arquivo mudou logo antes de ser movido</translation>
    </message>
    <message>
        <source>pywin32 is needed to move files to the Recycle Bin safely</source>
        <translation>o pywin32 é necessário para mover arquivos para a lixeira com segurança</translation>
    </message>
    <message>
        <source>the Recycle Bin refused the file (not recyclable)</source>
        <translation>a lixeira recusou o arquivo (não reciclável)</translation>
    </message>
    <message>
        <source>a file already exists at the original path</source>
        <translation>já existe um arquivo no caminho original</translation>
    </message>
    <message>
        <source>no longer in the trash</source>
        <translation>não está mais na lixeira</translation>
    </message>
    <message>
        <source>no longer in the folder</source>
        <translation>não está mais na pasta</translation>
    </message>
    <message>
        <source>was never trashed (still in place)</source>
        <translation>nunca foi para a lixeira (continua no lugar)</translation>
    </message>
    <message>
        <source>its new path is not recorded</source>
        <translation>o novo caminho dele não foi registrado</translation>
    </message>
    <message>
        <source>not found in the trash</source>
        <translation>não encontrado na lixeira</translation>
    </message>
    <message>
        <source>the trash entry is not the file that was trashed ({changes}); left in the trash</source>
        <translation>a entrada da lixeira não é o arquivo que foi para ela ({changes}); deixado na lixeira</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the trash</source>
        <translation>a pasta dele agora leva a outro lugar ({folder}); deixado na lixeira</translation>
    </message>
    <message>
        <source>the moved file is not the file that was moved ({changes}); left in the folder it was moved to</source>
        <translation>o arquivo movido não é o arquivo que foi movido ({changes}); deixado na pasta para onde foi movido</translation>
    </message>
    <message>
        <source>its folder now leads elsewhere ({folder}); left in the folder it was moved to</source>
        <translation>a pasta dele agora leva a outro lugar ({folder}); deixado na pasta para onde foi movido</translation>
    </message>
    <message>
        <source>cannot be checked in the trash ({error})</source>
        <translation>não pode ser verificado na lixeira ({error})</translation>
    </message>
    <message>
        <source>could not restore: {error}</source>
        <translation>não foi possível restaurar: {error}</translation>
    </message>
    <message>
        <source>interrupted during the move</source>
        <translation>interrompido durante a movimentação</translation>
    </message>
    <message>
        <source>interrupted before the move</source>
        <translation>interrompido antes da movimentação</translation>
    </message>
    <message>
        <source>{count} files trashed on {when}</source>
        <translation>{count} arquivos movidos para a lixeira em {when}</translation>
    </message>
    <message>
        <source>{count} file moved on {when}</source>
        <translation>{count} arquivo movido em {when}</translation>
    </message>
    <message>
        <source>{count} files moved on {when}</source>
        <translation>{count} arquivos movidos em {when}</translation>
    </message>
    <message>
        <source>{count} file trashed on {when}</source>
        <translation>{count} arquivo movido para a lixeira em {when}</translation>
    </message>
    <message>
        <source>the folder is on another drive: photodedup moves files only within one drive (it never copies a photo and deletes the original)</source>
        <translation>a pasta está em outra unidade: o photodedup só move arquivos dentro de uma mesma unidade (ele nunca copia uma foto para apagar o original)</translation>
    </message>
    <message>
        <source>no free name in the folder</source>
        <translation>nenhum nome livre na pasta</translation>
    </message>
    <message>
        <source>the name was taken at the destination</source>
        <translation>o nome já está ocupado no destino</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>não é uma pasta</translation>
    </message>
    <message>
        <source>the folder is inside a trash or photodedup&apos;s own folders</source>
        <translation>a pasta está dentro de uma lixeira ou das pastas do próprio photodedup</translation>
    </message>
    <message>
        <source>the folder is inside a reference folder (reference photos are never touched)</source>
        <translation>a pasta está dentro de uma pasta de referência (as fotos de referência nunca são tocadas)</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>a pasta não permite gravação</translation>
    </message>
    <message>
        <source>the file changed during the move</source>
        <translation>o arquivo mudou durante a movimentação</translation>
    </message>
    <message>
        <source>the folder cannot be used ({error})</source>
        <translation>a pasta não pode ser usada ({error})</translation>
    </message>
    <message>
        <source>the folder now leads elsewhere (a symlink was swapped in)</source>
        <translation>a pasta agora leva a outro lugar (um link simbólico foi colocado no lugar)</translation>
    </message>
    <message>
        <source>cannot move into {folder}: {problem}</source>
        <translation>não é possível mover para {folder}: {problem}</translation>
    </message>
    <message>
        <source>{folder}: {problem}</source>
        <translation>pasta {folder}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not a photodedup scan result</source>
        <translation>{path} não é um resultado de análise do photodedup</translation>
    </message>
    <message>
        <source>{path} has format version {version}; expected one of 1, 2</source>
        <translation>{path} está no formato versão {version}; era esperado 1 ou 2</translation>
    </message>
    <message>
        <source>{path}: &apos;groups&apos; must be a list</source>
        <translation>{path}: &apos;groups&apos; deve ser uma lista</translation>
    </message>
    <message>
        <source>bad group entry: {entry}</source>
        <translation>entrada de grupo inválida: {entry}</translation>
    </message>
    <message>
        <source>group {id}: unknown kind {kind}</source>
        <translation>grupo {id}: tipo desconhecido {kind}</translation>
    </message>
    <message>
        <source>group {id}: &apos;members&apos; must be a list</source>
        <translation>grupo {id}: &apos;members&apos; deve ser uma lista</translation>
    </message>
    <message>
        <source>group {id}: bad member {member}</source>
        <translation>grupo {id}: membro inválido {member}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: nested too deeply</source>
        <translation>não é possível ler {path}: aninhamento profundo demais</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a list of paths (no NUL bytes)</source>
        <translation>{path}: &apos;{key}&apos; deve ser uma lista de caminhos (sem bytes NUL)</translation>
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
        <source>SHOT</source>
        <translation>FOTO</translation>
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
        <source>SHOT</source>
        <translation>FOTO</translation>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número da versão e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperado pelo menos um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperado no máximo um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>sidecar of {owners}</source>
        <translation>arquivo complementar de {owners}</translation>
    </message>
    <message>
        <source>same shot as {owners}</source>
        <translation>mesma captura que {owners}</translation>
    </message>
    <message>
        <source>Live Photo movie of {owners}</source>
        <translation>vídeo Live Photo de {owners}</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>na lixeira</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to {folder} before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrompido: %n arquivo movido para {folder} antes de parar (listado acima); &apos;photodedup undo&apos; o coloca de volta</numerusform>
            <numerusform>interrompido: %n arquivos movidos para {folder} antes de parar (listados acima); &apos;photodedup undo&apos; os coloca de volta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>%n skipped</comment>
        <translation>
            <numerusform>%n ignorado</numerusform>
            <numerusform>%n ignorados</numerusform>
        </translation>
    </message>
    <message>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>lixeira</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n file moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</source>
        <comment>interrupted: %n files moved to the trash before stopping (listed above); &apos;photodedup undo&apos; puts them back</comment>
        <translation>
            <numerusform>interrompido: %n arquivo movido para a lixeira antes de parar (listado acima); &apos;photodedup undo&apos; o coloca de volta</numerusform>
            <numerusform>interrompido: %n arquivos movidos para a lixeira antes de parar (listados acima); &apos;photodedup undo&apos; os coloca de volta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trashed</source>
        <comment>%n trashed</comment>
        <translation>
            <numerusform>%n na lixeira</numerusform>
            <numerusform>%n na lixeira</numerusform>
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
            <numerusform>%n alterado</numerusform>
            <numerusform>%n alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>%n failed</comment>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>group {id}: keep {keepers}</source>
        <translation>grupo {id}: manter {keepers}</translation>
    </message>
    <message>
        <source>refused {path}: {reason}</source>
        <translation>recusado {path}: {reason}</translation>
    </message>
    <message>
        <source>kept sidecar {path}: {reason}</source>
        <translation>arquivo complementar mantido {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to the trash.</source>
        <comment>Dry run: would move %n files ({size}) to the trash.</comment>
        <translation>
            <numerusform>Simulação: %n arquivo ({size}) seria movido para a lixeira.</numerusform>
            <numerusform>Simulação: %n arquivos ({size}) seriam movidos para a lixeira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would move %n file ({size}) to {folder}.</source>
        <comment>Dry run: would move %n files ({size}) to {folder}.</comment>
        <translation>
            <numerusform>Simulação: %n arquivo ({size}) seria movido para {folder}.</numerusform>
            <numerusform>Simulação: %n arquivos ({size}) seriam movidos para {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --yes to do it.</source>
        <translation>Execute de novo com --yes para fazer isso.</translation>
    </message>
    <message>
        <source>(grouped from fingerprints: scan the files on this machine first)</source>
        <translation>(agrupado por impressões digitais: analise primeiro os arquivos neste computador)</translation>
    </message>
    <message>
        <source>cannot move there: {error}</source>
        <translation>não é possível mover para lá: {error}</translation>
    </message>
    <message>
        <source>{photos} and {failures} imported; {missing}, {changed}, {skipped}</source>
        <translation>{photos} e {failures} importados; {missing}, {changed}, {skipped}</translation>
    </message>
    <message>
        <source>export or import fingerprints as Parquet</source>
        <translation>exportar ou importar impressões digitais como Parquet</translation>
    </message>
    <message>
        <source>write the cached fingerprints to FILE</source>
        <translation>gravar as impressões digitais do cache em FILE</translation>
    </message>
    <message>
        <source>only photos under these</source>
        <translation>só as fotos sob estas pastas</translation>
    </message>
    <message>
        <source>add the fingerprints of FILEs to the cache</source>
        <translation>adicionar ao cache as impressões digitais dos FILE</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable), e.g. /mnt/archive=/Volumes/archive</source>
        <translation>ler caminhos que começam com OLD como se começassem com NEW (repetível), p. ex. /mnt/archive=/Volumes/archive</translation>
    </message>
    <message>
        <source>store each row&apos;s own file identity without looking at the file (default: only files found here with the same size and mtime)</source>
        <translation>guardar a identidade de arquivo de cada linha sem olhar o arquivo (padrão: só arquivos encontrados aqui com o mesmo tamanho e mtime)</translation>
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
            <numerusform>%n falha</numerusform>
            <numerusform>%n falhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found here</source>
        <comment>%n not found here</comment>
        <translation>
            <numerusform>%n não encontrado aqui</numerusform>
            <numerusform>%n não encontrados aqui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since</source>
        <comment>%n changed since</comment>
        <translation>
            <numerusform>%n alterado desde então</numerusform>
            <numerusform>%n alterados desde então</numerusform>
        </translation>
    </message>
    <message>
        <source>Parquet needs pyarrow: pip install &apos;photodedup[cluster]&apos;</source>
        <translation>Parquet precisa de pyarrow: pip install &apos;photodedup[cluster]&apos;</translation>
    </message>
    <message>
        <source>{photos} and {failures} written to {file}</source>
        <translation>{photos} e {failures} gravados em {file}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>must be between 0 and {maximum}</source>
        <translation>deve estar entre 0 e {maximum}</translation>
    </message>
    <message>
        <source>largest distance between copies (mean of hash and thumbnail distance), 0-{maximum} (default {default})</source>
        <translation>distância máxima entre cópias (média das distâncias do hash e da miniatura), 0-{maximum} (padrão {default})</translation>
    </message>
    <message>
        <source>also scan DIR, but never trash its files (repeatable)</source>
        <translation>analisar também DIR, mas nunca mover seus arquivos para a lixeira (repetível)</translation>
    </message>
    <message>
        <source>skip matching paths</source>
        <translation>ignorar os caminhos correspondentes</translation>
    </message>
    <message>
        <source>skip smaller files</source>
        <translation>ignorar arquivos menores</translation>
    </message>
    <message>
        <source>decoder processes (0: per core)</source>
        <translation>processos decodificadores (0: um por núcleo)</translation>
    </message>
    <message>
        <source>neither read nor write the cache</source>
        <translation>não ler nem gravar o cache</translation>
    </message>
    <message>
        <source>also find mirrored and 90/180/270-degree turned copies (no EXIF tag)</source>
        <translation>encontrar também cópias espelhadas e giradas em 90/180/270 graus (sem tag EXIF)</translation>
    </message>
    <message>
        <source>--map wants OLD=NEW, not {item}</source>
        <translation>--map espera OLD=NEW, não {item}</translation>
    </message>
    <message>
        <source>Find near-duplicate photos and clean them up safely.</source>
        <translation>Encontrar fotos quase duplicadas e limpá-las com segurança.</translation>
    </message>
    <message>
        <source>find groups of near-duplicate photos</source>
        <translation>encontrar grupos de fotos quase duplicadas</translation>
    </message>
    <message>
        <source>write the result as JSON (&apos;-&apos;: stdout)</source>
        <translation>gravar o resultado como JSON (&apos;-&apos;: saída padrão)</translation>
    </message>
    <message>
        <source>write one row per group member</source>
        <translation>gravar uma linha por membro de grupo</translation>
    </message>
    <message>
        <source>suggest &apos;trash&apos; for every copy with fewer pixels than its keeper (default: only byte-identical copies)</source>
        <translation>sugerir &apos;trash&apos; para cada cópia com menos pixels que a foto mantida (padrão: só cópias idênticas byte a byte)</translation>
    </message>
    <message>
        <source>decode on a Dask cluster: a scheduler address (tcp://HOST:8786) or local[:N] (needs photodedup[cluster]; files at the same paths on every worker)</source>
        <translation>decodificar em um cluster Dask: um endereço de agendador (tcp://HOST:8786) ou local[:N] (precisa de photodedup[cluster]; arquivos nos mesmos caminhos em cada worker)</translation>
    </message>
    <message>
        <source>trash the members marked &apos;trash&apos; in a scan result</source>
        <translation>mover para a lixeira os membros marcados &apos;trash&apos; em um resultado de análise</translation>
    </message>
    <message>
        <source>really do it (default: dry run)</source>
        <translation>fazer de verdade (padrão: simulação)</translation>
    </message>
    <message>
        <source>move the files into DIR (same drive) instead of the trash; undo brings them back</source>
        <translation>mover os arquivos para DIR (mesma unidade) em vez da lixeira; undo os traz de volta</translation>
    </message>
    <message>
        <source>list library photos that are near-duplicates of IMAGE</source>
        <translation>listar as fotos da biblioteca quase duplicadas de IMAGE</translation>
    </message>
    <message>
        <source>scan these first</source>
        <translation>analisar estas pastas primeiro</translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation>mostrar as correspondências como JSON</translation>
    </message>
    <message>
        <source>restore the files of the last clean-up from the trash</source>
        <translation>restaurar da lixeira os arquivos da última limpeza</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message numerus="yes">
        <source>%n cached photo changed or vanished since it was hashed and is not searched; give ROOT folders to scan it again</source>
        <comment>%n cached photos changed or vanished since they were hashed and are not searched; give ROOT folders to scan them again</comment>
        <translation>
            <numerusform>%n foto do cache foi alterada ou sumiu desde que foi lida e não é pesquisada; informe pastas ROOT para analisá-la de novo</numerusform>
            <numerusform>%n fotos do cache foram alteradas ou sumiram desde que foram lidas e não são pesquisadas; informe pastas ROOT para analisá-las de novo</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file or folder: {path}</source>
        <translation>arquivo ou pasta inexistente: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>não é possível ler {path}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicate of {path} among %n photo.</source>
        <comment>No near-duplicate of {path} among %n photos.</comment>
        <translation>
            <numerusform>Nenhuma quase duplicata de {path} entre %n foto.</numerusform>
            <numerusform>Nenhuma quase duplicata de {path} entre %n fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>grouped from fingerprints alone: pairs a scan checks on the pictures were decided by the fingerprints (pixels not checked)</source>
        <translation>agrupado só por impressões digitais: os pares que uma análise verifica nas imagens foram decididos pelas impressões digitais (pixels não verificados)</translation>
    </message>
    <message>
        <source>{fingerprints}: {photos} in {groups}, {errors}; {here}; {note}</source>
        <translation>{fingerprints}: {photos} em {groups}, {errors}; {here}; {note}</translation>
    </message>
    <message>
        <source>group the fingerprints of Parquet files (no access to the photos needed)</source>
        <translation>agrupar as impressões digitais de arquivos Parquet (sem precisar acessar as fotos)</translation>
    </message>
    <message>
        <source>also find mirrored and turned copies</source>
        <translation>encontrar também cópias espelhadas e giradas</translation>
    </message>
    <message>
        <source>read paths starting with OLD as starting with NEW (repeatable)</source>
        <translation>ler caminhos que começam com OLD como se começassem com NEW (repetível)</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint</source>
        <comment>%n fingerprints</comment>
        <translation>
            <numerusform>%n impressão digital</numerusform>
            <numerusform>%n impressões digitais</numerusform>
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
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{here} of the %n grouped file found here unchanged</source>
        <comment>{here} of the %n grouped files found here unchanged</comment>
        <translation>
            <numerusform>{here} de %n arquivo agrupado encontrado aqui sem alterações</numerusform>
            <numerusform>{here} dos %n arquivos agrupados encontrados aqui sem alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the fingerprints: {error}</source>
        <translation>não é possível ler as impressões digitais: {error}</translation>
    </message>
    <message>
        <source>list or clear the photos marked &apos;not a duplicate&apos;</source>
        <translation>listar ou limpar as fotos marcadas como “não é uma duplicata”</translation>
    </message>
    <message>
        <source>show each entry with its id</source>
        <translation>mostrar cada entrada com seu id</translation>
    </message>
    <message>
        <source>forget the entries ID... (default: all)</source>
        <translation>esquecer as entradas ID... (padrão: todas)</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten</source>
        <comment>%n forgotten</comment>
        <translation>
            <numerusform>%n esquecida</numerusform>
            <numerusform>%n esquecidas</numerusform>
        </translation>
    </message>
    <message>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Nothing is marked &apos;not a duplicate&apos;.</source>
        <translation>Nada está marcado como “não é uma duplicata”.</translation>
    </message>
    <message>
        <source>no entry {number}</source>
        <translation>nenhuma entrada {number}</translation>
    </message>
    <message>
        <source>the list could not be changed: {error}</source>
        <translation>não foi possível alterar a lista: {error}</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exato</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>semelhante</translation>
    </message>
    <message>
        <source>shots</source>
        <translation>cenas</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>manter</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>não suportado</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>permission_denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation>sumiu</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instável</translation>
    </message>
    <message>
        <source>decoder_crashed</source>
        <translation>decodificador travou</translation>
    </message>
    <message>
        <source>decoder_timeout</source>
        <translation>tempo do decodificador esgotado</translation>
    </message>
    <message>
        <source>not_a_regular_file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>{files}: {photos} in {groups}, {errors} ({decoded}, {cached}) in {seconds} s</source>
        <translation>{files}: {photos} em {groups}, {errors} ({decoded}, {cached}) em {seconds} s</translation>
    </message>
    <message>
        <source>not a folder or a photo file (a FIFO, socket or device)</source>
        <translation>não é uma pasta nem um arquivo de foto (um FIFO, socket ou dispositivo)</translation>
    </message>
    <message>
        <source>error {kind}: {path}: {message}</source>
        <translation>erro {kind}: {path}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <comment>%n files</comment>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
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
            <numerusform>%n do cache</numerusform>
            <numerusform>%n do cache</numerusform>
        </translation>
    </message>
    <message>
        <source> - cancelled, partial result</source>
        <translation> - cancelado, resultado parcial</translation>
    </message>
    <message>
        <source>group {id} ({kind}, keeper: {reason})</source>
        <translation>grupo {id} ({kind}, mantida: {reason})</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>pasta inexistente</translation>
    </message>
    <message>
        <source>cannot use {error}</source>
        <translation>não é possível usar: {error}</translation>
    </message>
    <message>
        <source>cannot write the result: {error}</source>
        <translation>não é possível gravar o resultado: {error}</translation>
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
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>restaurado {path}</translation>
    </message>
    <message>
        <source>not restored {path}: {reason}</source>
        <translation>não restaurado {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n not restored</source>
        <comment>%n not restored</comment>
        <translation>
            <numerusform>%n não restaurado</numerusform>
            <numerusform>%n não restaurados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>discover</source>
        <translation>busca</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>group</source>
        <translation>agrupamento</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>lixeira</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauração</translation>
    </message>
</context>
</TS>
