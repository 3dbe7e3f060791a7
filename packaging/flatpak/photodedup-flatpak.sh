#!/bin/sh
# Flatpak launcher: photodedup, trashing into the host's trash.
# Inside the sandbox XDG_DATA_HOME is ~/.var/app/<id>/data, and send2trash and
# photodedup's trash code use $XDG_DATA_HOME/Trash: a trash the file manager never shows.
# The manifest's --filesystem=home exposes the host's trash at its own path (a separate
# xdg-data/Trash grant is redundant: flatpak-builder-lint rejects it); this makes it if
# the host has none yet, links it in as $XDG_DATA_HOME/Trash, and changes nothing else.
host_trash="${HOST_XDG_DATA_HOME:-$HOME/.local/share}/Trash"
app_trash="${XDG_DATA_HOME:-$HOME/.local/share}/Trash"
if [ "$app_trash" != "$host_trash" ] && [ ! -e "$host_trash" ]; then
    mkdir -p "$host_trash" 2>/dev/null
fi
if [ "$app_trash" != "$host_trash" ] && [ -d "$host_trash" ] && [ ! -L "$app_trash" ]; then
    if [ -e "$app_trash" ]; then
        echo "photodedup: $app_trash is a folder, not the host's trash: files trashed" \
            "before are there; move them to $host_trash and remove it" >&2
    else
        mkdir -p "$(dirname "$app_trash")" && ln -s "$host_trash" "$app_trash"
    fi
fi
exec python3 -m photodedup "$@"
