/* fonts: the bundled fonts/ and nothing else, through a private fontconfig
 * configuration, and the pango text measuring that layout and drawing share. */
#ifndef RENDER_FONTS_H
#define RENDER_FONTS_H

#include <glib.h>
#include <pango/pango.h>
#include "text.h"

#define FONTS_FAMILY "Noto Sans"

typedef struct Fonts Fonts;

/* Loads the bundled faces (NotoSans-Regular, -Bold, -Italic .ttf) of dir
 * (NULL: $RENDER_FONTS, else the fonts folder beside the executable:
 * ../fonts, ../../fonts or ../share/render/fonts). Fails with DIAG_IO naming
 * the folder and the first face that is missing or no font, or when
 * FONTS_FAMILY resolves to anything else. Caller owns the result:
 * fonts_close, which also frees all of fontconfig (FcFini), so open one at
 * a time. */
Fonts *fonts_open(const char *dir, GError **err);
void fonts_close(Fonts *f);

/* Borrowed; valid until fonts_close. */
TextMeasurer *fonts_measurer(Fonts *f);

/* A layout of text in style, set up exactly as it was measured; the caller
 * unrefs it. Its units are points. */
PangoLayout *fonts_layout(Fonts *f, const char *text, const TextStyle *style);

/* The folder the fonts were loaded from; borrowed. */
const char *fonts_dir(const Fonts *f);

/* The folder fonts_open(dir) would load from, checked to hold a usable font
 * but without pango (it starts threads that a later fork would not copy).
 * NULL with *err (DIAG_IO) as fonts_open fails on such a folder. Caller
 * frees. */
char *fonts_folder(const char *dir, GError **err);

#endif
