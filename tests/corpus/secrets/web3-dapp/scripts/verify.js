const TX_HASH = '0x7a0d9b3461e4dbab94e6f13f12c284b5e33147871e55b1c3ac331966224ceccf'
const CONTRACT = '0x1e36cf1f395329ab8c60ac6e9a1d2f3d229fce40'
const blockHash = '0x704a2a5146374673b2cd6323eb648e5ddf41fe910341105586ff72d09e7c53d7'

module.exports = { TX_HASH, CONTRACT, blockHash }
