package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of Certificate Transparency's reference tests (RFC 6962 and RFC 9162 hash alike). */
    private static final List<byte[]> CT_LEAVES = List.of(
            HEX.parseHex(""),
            HEX.parseHex("00"),
            HEX.parseHex("10"),
            HEX.parseHex("2021"),
            HEX.parseHex("3031"),
            HEX.parseHex("40414243"),
            HEX.parseHex("5051525354555657"),
            HEX.parseHex("606162636465666768696a6b6c6d6e6f"));

    /** Their roots for 1 … 8 leaves, from the reference implementation. */
    private static final List<String> CT_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void rootsAreThoseOfTheReferenceImplementation() {
        assertThat(HEX.formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int n = 1; n <= CT_LEAVES.size(); n++) {
            List<byte[]> leaves =
                    CT_LEAVES.subList(0, n).stream().map(MerkleTree::leafHash).toList();
            assertThat(HEX.formatHex(MerkleTree.root(leaves)))
                    .as("%d leaves", n)
                    .isEqualTo(CT_ROOTS.get(n - 1));
        }
    }

    @Test
    void frontierRebuiltFromSubtreesGivesTheRootOfTheTreeDefinedByTheRfc() {
        List<byte[]> leaves = leaves(1_100);
        for (int n : new int[] {0, 1, 2, 3, 255, 256, 257, 511, 512, 1_000, 1_100}) {
            MerkleTree.Subtrees subtrees = (start, end) -> mth(leaves.subList((int) start, (int) end));
            MerkleTree.Frontier frontier = MerkleTree.Frontier.of(n, subtrees);
            assertThat(frontier.root()).as("%d leaves", n).isEqualTo(mth(leaves.subList(0, n)));
        }
    }

    @Test
    void completedSubtreesAreThePerfectSubtreesOfTheTree() {
        List<byte[]> leaves = leaves(300);
        MerkleTree.Frontier frontier = new MerkleTree.Frontier();
        List<String> completed = new ArrayList<>();
        for (byte[] leaf : leaves) {
            frontier.append(leaf, (level, index, hash) -> {
                int width = 1 << level;
                assertThat(hash).isEqualTo(mth(leaves.subList((int) index * width, (int) (index + 1) * width)));
                completed.add(level + "/" + index);
            });
        }
        assertThat(completed).contains("8/0", "7/1", "1/149").doesNotContain("8/1");
    }

    @Test
    void everyLeafHasAnAuditPathToTheRootAndNoOtherLeafUsesIt() {
        List<byte[]> leaves = leaves(70);
        for (int n = 1; n <= leaves.size(); n++) {
            List<byte[]> tree = leaves.subList(0, n);
            byte[] root = mth(tree);
            MerkleTree.Subtrees subtrees = (start, end) -> mth(tree.subList((int) start, (int) end));
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionPath(m, 0, n, subtrees);
                assertThat(MerkleTree.verifyInclusion(m, n, tree.get(m), path, root))
                        .as("leaf %d of %d", m, n)
                        .isTrue();
                byte[] other = tree.get((m + 1) % n);
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion(m, n, other, path, root))
                            .isFalse();
                    assertThat(MerkleTree.verifyInclusion((m + 1) % n, n, tree.get(m), path, root))
                            .isFalse();
                }
                assertThat(MerkleTree.verifyInclusion(n, n, tree.get(m), path, root))
                        .isFalse();
            }
        }
    }

    /** RFC 9162's MTH, written as the RFC defines it. */
    private static byte[] mth(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            return MerkleTree.EMPTY;
        }
        if (n == 1) {
            return leafHashes.getFirst();
        }
        int k = Integer.highestOneBit(n - 1);
        return MerkleTree.nodeHash(mth(leafHashes.subList(0, k)), mth(leafHashes.subList(k, n)));
    }

    private static List<byte[]> leaves(int n) {
        Random random = new Random(9162);
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] data = new byte[32];
            random.nextBytes(data);
            leaves.add(MerkleTree.leafHash(data));
        }
        return leaves;
    }
}
