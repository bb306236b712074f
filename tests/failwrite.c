/* failwrite: an LD_PRELOAD shim that makes writes to files fail with ENOSPC
 * (as on a full disk) while RENDER_FAIL_WRITE is set, to prove that render
 * reports the error and leaves no partial or clobbered file. */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

ssize_t write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real_write)(int, const void *, size_t);
	if (!real_write)
		real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	/* Standard streams stay usable so the error message gets out. */
	if (fd > 2 && getenv("RENDER_FAIL_WRITE")) {
		errno = ENOSPC;
		return -1;
	}
	return real_write(fd, buf, n);
}
