/* fv-arena.h — one block of memory for a whole model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A model is read once and freed as a whole, so its many small structs and
 * strings are cut from large chunks: no per-allocation header, one free. */
typedef struct _FvArena FvArena;

FvArena  *fv_arena_new      (void);
FvArena  *fv_arena_new_sized (gsize      chunk_size);
void      fv_arena_free     (FvArena    *arena);
gpointer  fv_arena_alloc0   (FvArena    *arena,
                             gsize       size);
char     *fv_arena_strndup  (FvArena    *arena,
                             const char *str,
                             gsize       length);
gsize     fv_arena_get_size (FvArena    *arena);

#define fv_arena_new0(arena, type, n) \
  ((type *) fv_arena_alloc0 ((arena), sizeof (type) * (gsize) (n)))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvArena, fv_arena_free)

G_END_DECLS
