package com.clinic.emulators;

import java.nio.file.Path;
import org.gaul.s3proxy.nio2blob.AbstractNio2BlobStore;

/**
 * s3proxy's store on the machine's filesystem, taking the server-side encryption header as its in-memory store
 * does: every upload link the API signs names SSE-S3 (as the bucket's policy wants), and s3proxy's own filesystem
 * store refuses that header with 501, so a local cloud with a data folder could store no file.
 */
final class DurableBlobStore extends AbstractNio2BlobStore {
    DurableBlobStore(Path root) {
        super(root);
    }

    @Override
    public boolean supportsServerSideEncryption() {
        return true;
    }

    @Override
    public boolean supportsBucketEncryption() {
        return true;
    }
}
