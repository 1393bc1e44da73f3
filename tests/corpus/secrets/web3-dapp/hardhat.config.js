require('@nomicfoundation/hardhat-toolbox')

const DEPLOYER_PRIVATE_KEY = '0xb80d5ece853e9c3b62dbf0f508538e78f4f24d68953fd155b444b416886818e2'
const ETHERSCAN_API_KEY = process.env.ETHERSCAN_API_KEY

module.exports = {
  solidity: '0.8.24',
  networks: {
    sepolia: { url: 'https://rpc.sepolia.org', accounts: [DEPLOYER_PRIVATE_KEY] },
  },
}
