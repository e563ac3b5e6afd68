#!/bin/sh
# SPDX-License-Identifier: MIT
# Inside a private session bus: starts a gnome-keyring whose login keyring lives in KEYRING_HOME and is unlocked,
# waits until it owns the secret service's name (so that no second, locked daemon is activated), then runs COMMAND.
# usage: with-keyring.sh KEYRING_HOME GNOME_KEYRING_DAEMON COMMAND [ARGUMENTS...]
set -u
home=$1
daemon=$2
shift 2
rm -rf "$home" && mkdir -p "$home" || exit 1
export XDG_DATA_HOME="$home"

printf test | "$daemon" --foreground --unlock --components=secrets >"$home/daemon.log" 2>&1 &
pid=$!

owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:"$1" 2>/dev/null | grep -q 'boolean true'
}
collections() {
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Service string:Collections 2>/dev/null
}

# up to 30 s for a loaded machine: first the name, then the unlocked login collection behind it
tries=0
until owned org.freedesktop.secrets && collections | grep -q '/collection/login'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "with-keyring.sh: the keyring daemon did not offer an unlocked login collection; its output:" >&2
        cat "$home/daemon.log" >&2
        kill "$pid" 2>/dev/null
        exit 1
    fi
    sleep 0.1
done

"$@"
status=$?
kill "$pid" 2>/dev/null
exit "$status"
