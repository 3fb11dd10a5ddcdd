;; The two batched matrix–vector products of the core (see ../linalg.ts), in WebAssembly SIMD.
;;
;; Samples ride in the two lanes of an f64x2: the batch is stored interleaved, pair by pair,
;; so element j of samples 2p and 2p+1 sits in one 16-byte slot at  base + p·16n + 16j.
;; Each lane then performs exactly the scalar kernel's operations in the scalar kernel's order
;; (a sequential sum over j; four rows of Mᵀg summed left to right, then added to the output),
;; so the results equal ../linalg.ts bit for bit, in every engine.
;;
;; Rows are taken four at a time, samples four at a time (two pairs) and then one pair, so a
;; pass loads each matrix entry once for four samples.
(module
  (memory (export "memory") 1)

  ;; out = s · M x for P pairs of samples. M: n×n row-major at m; x, out: interleaved at x, o.
  (func (export "matVec") (param $m i32) (param $n i32) (param $s f64) (param $x i32) (param $P i32) (param $o i32)
    (local $p i32) (local $pairBytes i32)
    (local.set $pairBytes (i32.shl (local.get $n) (i32.const 4)))
    (block $done
      (loop $quads
        (br_if $done (i32.gt_u (i32.add (local.get $p) (i32.const 2)) (local.get $P)))
        (call $matVecQuad (local.get $m) (local.get $n) (local.get $s)
          (i32.add (local.get $x) (i32.mul (local.get $p) (local.get $pairBytes)))
          (i32.add (local.get $o) (i32.mul (local.get $p) (local.get $pairBytes))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $quads)))
    (if (i32.lt_u (local.get $p) (local.get $P))
      (then
        (call $matVecPair (local.get $m) (local.get $n) (local.get $s)
          (i32.add (local.get $x) (i32.mul (local.get $p) (local.get $pairBytes)))
          (i32.add (local.get $o) (i32.mul (local.get $p) (local.get $pairBytes)))))))

  ;; Four samples (pairs at x and x + 16n): rows four at a time, then one at a time.
  (func $matVecQuad (param $m i32) (param $n i32) (param $s f64) (param $x i32) (param $o i32)
    (local $S v128) (local $rowBytes i32) (local $pairBytes i32) (local $r i32) (local $j i32)
    (local $m0 i32) (local $m1 i32) (local $m2 i32) (local $m3 i32) (local $x1 i32) (local $o1 i32)
    (local $u v128) (local $v v128) (local $w v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local.set $S (f64x2.splat (local.get $s)))
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (local.set $pairBytes (i32.shl (local.get $n) (i32.const 4)))
    (local.set $x1 (i32.add (local.get $x) (local.get $pairBytes)))
    (local.set $o1 (i32.add (local.get $o) (local.get $pairBytes)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $m1 (i32.add (local.get $m0) (local.get $rowBytes)))
        (local.set $m2 (i32.add (local.get $m1) (local.get $rowBytes)))
        (local.set $m3 (i32.add (local.get $m2) (local.get $rowBytes)))
        (local.set $a0 (v128.const f64x2 0 0)) (local.set $a1 (v128.const f64x2 0 0))
        (local.set $a2 (v128.const f64x2 0 0)) (local.set $a3 (v128.const f64x2 0 0))
        (local.set $b0 (v128.const f64x2 0 0)) (local.set $b1 (v128.const f64x2 0 0))
        (local.set $b2 (v128.const f64x2 0 0)) (local.set $b3 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $u (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 4)))))
            (local.set $v (v128.load (i32.add (local.get $x1) (i32.shl (local.get $j) (i32.const 4)))))
            (local.set $w (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $w) (local.get $u))))
            (local.set $b0 (f64x2.add (local.get $b0) (f64x2.mul (local.get $w) (local.get $v))))
            (local.set $w (f64x2.splat (f64.load (i32.add (local.get $m1) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (local.get $w) (local.get $u))))
            (local.set $b1 (f64x2.add (local.get $b1) (f64x2.mul (local.get $w) (local.get $v))))
            (local.set $w (f64x2.splat (f64.load (i32.add (local.get $m2) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (local.get $w) (local.get $u))))
            (local.set $b2 (f64x2.add (local.get $b2) (f64x2.mul (local.get $w) (local.get $v))))
            (local.set $w (f64x2.splat (f64.load (i32.add (local.get $m3) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (local.get $w) (local.get $u))))
            (local.set $b3 (f64x2.add (local.get $b3) (f64x2.mul (local.get $w) (local.get $v))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (v128.store offset=0 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a0)))
        (v128.store offset=16 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a1)))
        (v128.store offset=32 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a2)))
        (v128.store offset=48 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a3)))
        (v128.store offset=0 (i32.add (local.get $o1) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $b0)))
        (v128.store offset=16 (i32.add (local.get $o1) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $b1)))
        (v128.store offset=32 (i32.add (local.get $o1) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $b2)))
        (v128.store offset=48 (i32.add (local.get $o1) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $b3)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rows)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $a0 (v128.const f64x2 0 0)) (local.set $b0 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $w (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (local.get $w)
              (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 4)))))))
            (local.set $b0 (f64x2.add (local.get $b0) (f64x2.mul (local.get $w)
              (v128.load (i32.add (local.get $x1) (i32.shl (local.get $j) (i32.const 4)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (v128.store (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a0)))
        (v128.store (i32.add (local.get $o1) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $b0)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $tail))))

  ;; Two samples (one pair at x): rows four at a time, then one at a time.
  (func $matVecPair (param $m i32) (param $n i32) (param $s f64) (param $x i32) (param $o i32)
    (local $S v128) (local $rowBytes i32) (local $r i32) (local $j i32)
    (local $m0 i32) (local $m1 i32) (local $m2 i32) (local $m3 i32) (local $u v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local.set $S (f64x2.splat (local.get $s)))
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $m1 (i32.add (local.get $m0) (local.get $rowBytes)))
        (local.set $m2 (i32.add (local.get $m1) (local.get $rowBytes)))
        (local.set $m3 (i32.add (local.get $m2) (local.get $rowBytes)))
        (local.set $a0 (v128.const f64x2 0 0)) (local.set $a1 (v128.const f64x2 0 0))
        (local.set $a2 (v128.const f64x2 0 0)) (local.set $a3 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $u (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 4)))))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (f64x2.splat
              (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))) (local.get $u))))
            (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (f64x2.splat
              (f64.load (i32.add (local.get $m1) (i32.shl (local.get $j) (i32.const 3))))) (local.get $u))))
            (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (f64x2.splat
              (f64.load (i32.add (local.get $m2) (i32.shl (local.get $j) (i32.const 3))))) (local.get $u))))
            (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (f64x2.splat
              (f64.load (i32.add (local.get $m3) (i32.shl (local.get $j) (i32.const 3))))) (local.get $u))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (v128.store offset=0 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a0)))
        (v128.store offset=16 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a1)))
        (v128.store offset=32 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a2)))
        (v128.store offset=48 (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a3)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rows)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $a0 (v128.const f64x2 0 0))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul
              (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3)))))
              (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 4)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (v128.store (i32.add (local.get $o) (i32.shl (local.get $r) (i32.const 4))) (f64x2.mul (local.get $S) (local.get $a0)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $tail))))

  ;; out += s · Mᵀ g for P pairs of samples (out holds zeros or what is to be accumulated).
  (func (export "matTVec") (param $m i32) (param $n i32) (param $s f64) (param $g i32) (param $P i32) (param $o i32)
    (local $p i32) (local $pairBytes i32)
    (local.set $pairBytes (i32.shl (local.get $n) (i32.const 4)))
    (block $done
      (loop $quads
        (br_if $done (i32.gt_u (i32.add (local.get $p) (i32.const 2)) (local.get $P)))
        (call $matTVecQuad (local.get $m) (local.get $n) (local.get $s)
          (i32.add (local.get $g) (i32.mul (local.get $p) (local.get $pairBytes)))
          (i32.add (local.get $o) (i32.mul (local.get $p) (local.get $pairBytes))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $quads)))
    (if (i32.lt_u (local.get $p) (local.get $P))
      (then
        (call $matTVecPair (local.get $m) (local.get $n) (local.get $s)
          (i32.add (local.get $g) (i32.mul (local.get $p) (local.get $pairBytes)))
          (i32.add (local.get $o) (i32.mul (local.get $p) (local.get $pairBytes)))))))

  ;; Four samples (pairs at g and g + 16n): rows four at a time, then one at a time.
  (func $matTVecQuad (param $m i32) (param $n i32) (param $s f64) (param $g i32) (param $o i32)
    (local $S v128) (local $rowBytes i32) (local $pairBytes i32) (local $r i32) (local $j i32)
    (local $m0 i32) (local $m1 i32) (local $m2 i32) (local $m3 i32) (local $g1 i32) (local $o1 i32)
    (local $q i32) (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local $d0 v128) (local $d1 v128) (local $d2 v128) (local $d3 v128)
    (local.set $S (f64x2.splat (local.get $s)))
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (local.set $pairBytes (i32.shl (local.get $n) (i32.const 4)))
    (local.set $g1 (i32.add (local.get $g) (local.get $pairBytes)))
    (local.set $o1 (i32.add (local.get $o) (local.get $pairBytes)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $m1 (i32.add (local.get $m0) (local.get $rowBytes)))
        (local.set $m2 (i32.add (local.get $m1) (local.get $rowBytes)))
        (local.set $m3 (i32.add (local.get $m2) (local.get $rowBytes)))
        (local.set $q (i32.shl (local.get $r) (i32.const 4)))
        (local.set $c0 (f64x2.mul (local.get $S) (v128.load offset=0 (i32.add (local.get $g) (local.get $q)))))
        (local.set $c1 (f64x2.mul (local.get $S) (v128.load offset=16 (i32.add (local.get $g) (local.get $q)))))
        (local.set $c2 (f64x2.mul (local.get $S) (v128.load offset=32 (i32.add (local.get $g) (local.get $q)))))
        (local.set $c3 (f64x2.mul (local.get $S) (v128.load offset=48 (i32.add (local.get $g) (local.get $q)))))
        (local.set $d0 (f64x2.mul (local.get $S) (v128.load offset=0 (i32.add (local.get $g1) (local.get $q)))))
        (local.set $d1 (f64x2.mul (local.get $S) (v128.load offset=16 (i32.add (local.get $g1) (local.get $q)))))
        (local.set $d2 (f64x2.mul (local.get $S) (v128.load offset=32 (i32.add (local.get $g1) (local.get $q)))))
        (local.set $d3 (f64x2.mul (local.get $S) (v128.load offset=48 (i32.add (local.get $g1) (local.get $q)))))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $w0 (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $w1 (f64x2.splat (f64.load (i32.add (local.get $m1) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $w2 (f64x2.splat (f64.load (i32.add (local.get $m2) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $w3 (f64x2.splat (f64.load (i32.add (local.get $m3) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $q (i32.shl (local.get $j) (i32.const 4)))
            (v128.store (i32.add (local.get $o) (local.get $q))
              (f64x2.add (v128.load (i32.add (local.get $o) (local.get $q)))
                (f64x2.add (f64x2.add (f64x2.add
                  (f64x2.mul (local.get $c0) (local.get $w0)) (f64x2.mul (local.get $c1) (local.get $w1)))
                  (f64x2.mul (local.get $c2) (local.get $w2))) (f64x2.mul (local.get $c3) (local.get $w3)))))
            (v128.store (i32.add (local.get $o1) (local.get $q))
              (f64x2.add (v128.load (i32.add (local.get $o1) (local.get $q)))
                (f64x2.add (f64x2.add (f64x2.add
                  (f64x2.mul (local.get $d0) (local.get $w0)) (f64x2.mul (local.get $d1) (local.get $w1)))
                  (f64x2.mul (local.get $d2) (local.get $w2))) (f64x2.mul (local.get $d3) (local.get $w3)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rows)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $q (i32.shl (local.get $r) (i32.const 4)))
        (local.set $c0 (f64x2.mul (local.get $S) (v128.load (i32.add (local.get $g) (local.get $q)))))
        (local.set $d0 (f64x2.mul (local.get $S) (v128.load (i32.add (local.get $g1) (local.get $q)))))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $w0 (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))))
            (local.set $q (i32.shl (local.get $j) (i32.const 4)))
            (v128.store (i32.add (local.get $o) (local.get $q))
              (f64x2.add (v128.load (i32.add (local.get $o) (local.get $q))) (f64x2.mul (local.get $c0) (local.get $w0))))
            (v128.store (i32.add (local.get $o1) (local.get $q))
              (f64x2.add (v128.load (i32.add (local.get $o1) (local.get $q))) (f64x2.mul (local.get $d0) (local.get $w0))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $tail))))

  ;; Two samples (one pair at g): rows four at a time, then one at a time.
  (func $matTVecPair (param $m i32) (param $n i32) (param $s f64) (param $g i32) (param $o i32)
    (local $S v128) (local $rowBytes i32) (local $r i32) (local $j i32) (local $q i32)
    (local $m0 i32) (local $m1 i32) (local $m2 i32) (local $m3 i32)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local.set $S (f64x2.splat (local.get $s)))
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 3)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_u (i32.add (local.get $r) (i32.const 4)) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $m1 (i32.add (local.get $m0) (local.get $rowBytes)))
        (local.set $m2 (i32.add (local.get $m1) (local.get $rowBytes)))
        (local.set $m3 (i32.add (local.get $m2) (local.get $rowBytes)))
        (local.set $q (i32.shl (local.get $r) (i32.const 4)))
        (local.set $c0 (f64x2.mul (local.get $S) (v128.load offset=0 (i32.add (local.get $g) (local.get $q)))))
        (local.set $c1 (f64x2.mul (local.get $S) (v128.load offset=16 (i32.add (local.get $g) (local.get $q)))))
        (local.set $c2 (f64x2.mul (local.get $S) (v128.load offset=32 (i32.add (local.get $g) (local.get $q)))))
        (local.set $c3 (f64x2.mul (local.get $S) (v128.load offset=48 (i32.add (local.get $g) (local.get $q)))))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $q (i32.shl (local.get $j) (i32.const 4)))
            (v128.store (i32.add (local.get $o) (local.get $q))
              (f64x2.add (v128.load (i32.add (local.get $o) (local.get $q)))
                (f64x2.add (f64x2.add (f64x2.add
                  (f64x2.mul (local.get $c0) (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))))
                  (f64x2.mul (local.get $c1) (f64x2.splat (f64.load (i32.add (local.get $m1) (i32.shl (local.get $j) (i32.const 3)))))))
                  (f64x2.mul (local.get $c2) (f64x2.splat (f64.load (i32.add (local.get $m2) (i32.shl (local.get $j) (i32.const 3)))))))
                  (f64x2.mul (local.get $c3) (f64x2.splat (f64.load (i32.add (local.get $m3) (i32.shl (local.get $j) (i32.const 3)))))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $rows)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $m0 (i32.add (local.get $m) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $c0 (f64x2.mul (local.get $S) (v128.load (i32.add (local.get $g) (i32.shl (local.get $r) (i32.const 4))))))
        (local.set $j (i32.const 0))
        (block $jDone
          (loop $js
            (br_if $jDone (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $q (i32.shl (local.get $j) (i32.const 4)))
            (v128.store (i32.add (local.get $o) (local.get $q))
              (f64x2.add (v128.load (i32.add (local.get $o) (local.get $q)))
                (f64x2.mul (local.get $c0) (f64x2.splat (f64.load (i32.add (local.get $m0) (i32.shl (local.get $j) (i32.const 3))))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $js)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $tail)))))
