package newsdesk.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose disk fills up on demand: once {@link #fillUpAfter} is set, every write past that
 * many more bytes fails the way a full disk does. Lets a test run a real index write into a full
 * disk without filling the machine's.
 */
final class DiskFullDirectory extends FilterDirectory {

    private static final long UNLIMITED = Long.MAX_VALUE;
    private final AtomicLong bytesLeft = new AtomicLong(UNLIMITED);

    DiskFullDirectory(Directory in) {
        super(in);
    }

    void fillUpAfter(long bytes) {
        bytesLeft.set(bytes);
    }

    void freeSpace() {
        bytesLeft.set(UNLIMITED);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Output(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new Output(in.createTempOutput(prefix, suffix, context));
    }

    private final class Output extends IndexOutput {

        private final IndexOutput out;

        Output(IndexOutput out) {
            super("disk-full(" + out + ")", out.getName());
            this.out = out;
        }

        private void spend(long bytes) throws IOException {
            if (bytesLeft.get() != UNLIMITED && bytesLeft.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            spend(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            spend(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
