/* fake_text: one stand-in for the pango measurer that every unit test shares:
 * fixed-pitch text, 0.55 em a character, 1.25 em a line, no missing glyphs. */
#ifndef TESTS_FAKE_TEXT_H
#define TESTS_FAKE_TEXT_H

#include "text.h"

/* Static; measures "\n" as a line break and wraps at style->wrap by width. */
TextMeasurer *fake_text(void);

#endif
