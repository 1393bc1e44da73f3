require('@nomicfoundation/hardhat-toolbox')

const DEPLOYER_PRIVATE_KEY = '0xa54c60b8d64ed0ce3f7cfb56c4f9735082175b67157ac3b4b150674713188a0c'
const ETHERSCAN_API_KEY = process.env.ETHERSCAN_API_KEY

module.exports = {
  solidity: '0.8.24',
  networks: {
    sepolia: { url: 'https://rpc.sepolia.org', accounts: [DEPLOYER_PRIVATE_KEY] },
  },
}
