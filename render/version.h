/* version: the version of render and of every library that shapes the bytes
 * of its output, for --version and -V (byte equality holds for one such set). */
#ifndef RENDER_VERSION_H
#define RENDER_VERSION_H

#include <stdio.h>

#define RENDER_VERSION "0.1.0"

/* Writes "render 0.1.0", then one "library version" line per library, the
 * versions of the libraries loaded at run time where they say so. */
void version_print(FILE *to);

#endif
