/* fv-malloc.c — memory freed after a large model goes back to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's tree of a large model is freed once the model is read; glibc
 * keeps freed memory below the top of its heap unless asked to give it
 * back. (On GLib older than 2.76 the tree's slices must be malloc()'s to
 * begin with: the program sees to that at start, src/fv-gslice.c.)
 */
#include "config.h"

#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "fv-malloc.h"

/**
 * fv_malloc_give_back:
 * @freed_hint: about how many bytes were just freed
 *
 * After a large free, gives the pages back to the system: glibc keeps freed
 * memory below the top of its heap otherwise. This takes time (~0.4 s after
 * a 40 MB model here, most of it the kernel unmapping pages): call it off
 * the path of what a person waits for.
 */
void
fv_malloc_give_back (gsize freed_hint)
{
#ifdef HAVE_MALLOC_TRIM
  if (freed_hint >= 1024 * 1024)
    malloc_trim (0);
#endif
}
