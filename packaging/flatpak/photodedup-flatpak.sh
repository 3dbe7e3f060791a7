#!/bin/sh
# Flatpak launcher: photodedup, trashing into the host's trash.
# Inside the sandbox XDG_DATA_HOME is ~/.var/app/<id>/data, and send2trash and
# photodedup's trash code use $XDG_DATA_HOME/Trash: a trash the file manager never shows.
# The manifest exposes the host's trash (--filesystem=xdg-data/Trash:create) at its own
# path; this links it in as $XDG_DATA_HOME/Trash, and changes nothing else.
host_trash="${HOST_XDG_DATA_HOME:-$HOME/.local/share}/Trash"
app_trash="${XDG_DATA_HOME:-$HOME/.local/share}/Trash"
if [ "$app_trash" != "$host_trash" ] && [ -d "$host_trash" ] && [ ! -L "$app_trash" ]; then
    if [ -e "$app_trash" ]; then
        echo "photodedup: $app_trash is a folder, not the host's trash: files trashed" \
            "before are there; move them to $host_trash and remove it" >&2
    else
        mkdir -p "$(dirname "$app_trash")" && ln -s "$host_trash" "$app_trash"
    fi
fi
exec python3 -m photodedup "$@"
