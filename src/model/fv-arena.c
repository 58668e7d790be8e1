/* fv-arena.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fv-arena.h"

#define CHUNK_SIZE (64 * 1024)
#define ALIGN      (sizeof (gpointer) > sizeof (double) ? sizeof (gpointer) : sizeof (double))

typedef struct _Chunk Chunk;

struct _Chunk
{
  Chunk *next;
  gsize  size;
  gsize  used;
  char   data[];
};

struct _FvArena
{
  Chunk *chunks;
  gsize  total;
  gsize  chunk_size;
};

FvArena *
fv_arena_new (void)
{
  return fv_arena_new_sized (CHUNK_SIZE);
}

/* Chunks of a megabyte or more are mapped by malloc on their own, so a
 * short-lived arena's memory goes back to the system when it is freed. */
FvArena *
fv_arena_new_sized (gsize chunk_size)
{
  FvArena *arena = g_new0 (FvArena, 1);

  arena->chunk_size = MAX (chunk_size, 1024);
  return arena;
}

void
fv_arena_free (FvArena *arena)
{
  if (arena == NULL)
    return;

  while (arena->chunks != NULL)
    {
      Chunk *next = arena->chunks->next;

      g_free (arena->chunks);
      arena->chunks = next;
    }

  g_free (arena);
}

gpointer
fv_arena_alloc0 (FvArena *arena,
                 gsize    size)
{
  Chunk *chunk = arena->chunks;
  gpointer mem;

  size = (size + ALIGN - 1) & ~(ALIGN - 1);
  if (size == 0)
    size = ALIGN;

  if (chunk == NULL || chunk->size - chunk->used < size)
    {
      /* Large requests get a chunk of their own, put behind the current one
       * so that the current one's free space is not lost. */
      gsize chunk_size = MAX (arena->chunk_size, size);
      Chunk *fresh = g_malloc (sizeof (Chunk) + chunk_size);

      fresh->size = chunk_size;
      fresh->used = 0;
      arena->total += chunk_size;

      if (chunk != NULL && size > arena->chunk_size / 4)
        {
          fresh->next = chunk->next;
          chunk->next = fresh;
        }
      else
        {
          fresh->next = chunk;
          arena->chunks = fresh;
        }
      chunk = fresh;
    }

  mem = chunk->data + chunk->used;
  chunk->used += size;
  memset (mem, 0, size);

  return mem;
}

char *
fv_arena_strndup (FvArena    *arena,
                  const char *str,
                  gsize       length)
{
  char *copy;

  if (str == NULL)
    return NULL;

  copy = fv_arena_alloc0 (arena, length + 1);
  memcpy (copy, str, length);

  return copy;
}

gsize
fv_arena_get_size (FvArena *arena)
{
  return arena->total;
}
