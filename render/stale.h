/* stale: which figures must be drawn again: a key of everything a figure's
 * bytes depend on (the program and its libraries, the fonts, the palette, the
 * figure's CSV and .args), remembered in a state file with the hash of each
 * file drawn, so only figures whose inputs or files changed are redrawn. */
#ifndef RENDER_STALE_H
#define RENDER_STALE_H

#include <glib.h>
#include "figset.h"

typedef struct Stale Stale;

/* What identifies this program: a hash of its own bytes and of each shared
 * library it was started with (path, size, inode and time of change: an
 * upgrade may change the bytes; reading them all each run would cost more
 * than it tells). Called first thing, before anything loads more (iconv
 * modules), so every run sees the same. Caller frees. */
char *stale_program(void);

/* Reads the state file path (missing: nothing drawn yet) and the inputs all
 * figures share: program (stale_program), the font files of fonts_dir,
 * palette (NULL: none) and SOURCE_DATE_EPOCH. NULL with *err (DIAG_IO) when
 * the state file exists but cannot be read. The caller frees the result
 * with stale_free. */
Stale *stale_open(const char *path, const char *program, const char *fonts_dir,
                  const char *palette, GError **err);
void stale_free(Stale *s);

/* The key of figure f (its inputs hashed with the shared ones), or NULL
 * when one of its files cannot be read (drawing it will say why). Caller
 * frees. */
char *stale_key(const Stale *s, const Figure *f);

/* Whether f was drawn with key into dir, and each of its files (names, NULL-
 * terminated, e.g. "NAME.png") is still there as drawn. */
gboolean stale_current(const Stale *s, const Figure *f, const char *key, const char *dir,
                       char *const *files);

/* Remembers that f was drawn with key into files with these hashes (both
 * NULL-terminated, in the same order); key NULL forgets f. */
void stale_record(Stale *s, const Figure *f, const char *key, char *const *files,
                  char *const *hashes);

/* Forgets every figure not in names (NULL-terminated). */
void stale_keep_only(Stale *s, char *const *names);

/* Writes the state file, atomically. FALSE with *err (DIAG_IO). */
gboolean stale_save(Stale *s, GError **err);

/* The SHA-256 of bytes, in hex. Caller frees. */
char *stale_hash_bytes(GBytes *bytes);

#endif
