/* fv-malloc.c — memory freed after a large model goes back to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 allocates each node of a parsed tree with g_slice_new(). On
 * GLib older than 2.76 the slice allocator keeps freed slices in caches of
 * its own, so after a 40 MB model resident memory stays at 8 times the file
 * although the tree was freed (measured: 373 MB, against 45 MB with
 * G_SLICE=always-malloc; build-aux/bench.py's rss_per_file_byte).
 *
 * GLib reads G_SLICE once, at the first slice allocation, and makes that
 * allocation in its own library constructor, before main(). Setting the
 * variable in main() is too late (tried), and so is a .preinit_array
 * function: the C library's constructor runs after it and puts back the
 * environment the program was started with (tried). What works is to start
 * the program again, once, with the variable set. That costs one exec:
 * ~15-25 ms at startup here, most of it loading GTK's libraries again
 * (bench: startup_ratio). All of this can go when GLib 2.76 is the floor:
 * there GSlice is g_malloc().
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "fv-malloc.h"

/**
 * fv_malloc_from_start:
 * @argv: main()'s arguments
 *
 * Makes GLib's slice allocator use malloc() in this process, by starting the
 * program again with G_SLICE=always-malloc when it is not set and GLib is
 * older than 2.76. Call it first thing in main(): it may not return.
 */
void
fv_malloc_from_start (char *argv[])
{
  const char *preload = g_getenv ("LD_PRELOAD");

  if (glib_check_version (2, 76, 0) == NULL || g_getenv ("G_SLICE") != NULL)
    return;
  /* Under valgrind, which sets G_SLICE's behaviour itself, a new exec would
   * leave the tool behind. */
  if (preload != NULL && strstr (preload, "vgpreload") != NULL)
    return;

  if (setenv ("G_SLICE", "always-malloc", 1) != 0)
    return;
  execv ("/proc/self/exe", argv);
  /* No /proc: go on with GSlice as it is. */
  unsetenv ("G_SLICE");
}

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
