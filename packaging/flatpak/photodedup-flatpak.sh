#!/bin/sh
# Flatpak launcher. Flatpak points XDG_DATA_HOME into the sandbox (~/.var/app/<id>/data);
# send2trash follows XDG_DATA_HOME, so without this the "trash" would be a private folder
# the file manager never shows. Point it back at the user's real data dir (and trash).
export XDG_DATA_HOME="${HOST_XDG_DATA_HOME:-$HOME/.local/share}"
exec python3 -m photodedup "$@"
